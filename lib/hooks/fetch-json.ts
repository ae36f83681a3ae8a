// fetch for the TanStack Query hooks: problem+json errors become Error(detail).
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function fetchJson(url: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, (body as { detail?: string } | null)?.detail ?? `request failed (${res.status})`);
  return body;
}

/** JSON request with a body (POST/PATCH/DELETE) for mutations. */
export function sendJson(method: "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown, headers?: Record<string, string>): Promise<unknown> {
  return fetchJson(url, { method, headers: { "content-type": "application/json", ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
}
