// Read and check a batch request body: content type (415), size (413), JSON (400),
// `batch` array (400), event count (413). Nothing is written before this passes.
import { AppError } from "@/lib/api/errors";
import { MAX_BATCH_EVENTS, MAX_BODY_BYTES } from "@/lib/ingest/schemas";

const tooLarge = (what: string) => new AppError(413, "payload_too_large", what);

export async function readBatchBody(req: Request): Promise<unknown[]> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(415, "unsupported_media_type", "send the batch as Content-Type: application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge(`the body is ${declared} bytes; the limit is ${MAX_BODY_BYTES} (1 MB)`);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge(`the body is ${bytes.byteLength} bytes; the limit is ${MAX_BODY_BYTES} (1 MB)`);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError(400, "invalid_json", "the body is not valid JSON");
  }
  const batch = (body as { batch?: unknown } | null)?.batch;
  if (typeof body !== "object" || body === null || Array.isArray(body) || !Array.isArray(batch)) {
    throw new AppError(400, "missing_batch", 'the body must be an object { "batch": [ event, ... ] }');
  }
  if (batch.length > MAX_BATCH_EVENTS) throw tooLarge(`the batch has ${batch.length} events; the limit is ${MAX_BATCH_EVENTS}`);
  return batch;
}
