// Read and check a request body: content type (415), size (413), JSON (400), and
// for batches the `batch` array (400) and event count (413). Nothing is written
// before this passes.
import { AppError } from "@/lib/api/errors";
import { MAX_BATCH_EVENTS, MAX_BODY_BYTES } from "@/lib/ingest/schemas";

const tooLarge = (what: string) => new AppError(413, "payload_too_large", what);

/** A JSON request body: content type (415), size (413, without buffering past 1 MB), JSON (400). */
export async function readJsonBody(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(415, "unsupported_media_type", "send the body as Content-Type: application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge(`the body is ${declared} bytes; the limit is ${MAX_BODY_BYTES} (1 MB)`);
  const text = await readCapped(req);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "invalid_json", "the body is not valid JSON");
  }
}

export async function readBatchBody(req: Request): Promise<unknown[]> {
  const body = await readJsonBody(req);
  const batch = (body as { batch?: unknown } | null)?.batch;
  if (typeof body !== "object" || body === null || Array.isArray(body) || !Array.isArray(batch)) {
    throw new AppError(400, "missing_batch", 'the body must be an object { "batch": [ event, ... ] }');
  }
  if (batch.length > MAX_BATCH_EVENTS) throw tooLarge(`the batch has ${batch.length} events; the limit is ${MAX_BATCH_EVENTS}`);
  return batch;
}

/** The body as text, refusing (413) as soon as it passes the limit, without buffering the rest. */
async function readCapped(req: Request): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge(`the body is over ${MAX_BODY_BYTES} bytes (1 MB)`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
