/** JSON with bigint values as strings (nano-USD stays exact on the wire). */
export function jsonResponse(data: unknown, status = 200): Response {
  const text = JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  return new Response(text, { status, headers: { "content-type": "application/json" } });
}

/**
 * Mark a response as never cacheable: authenticated API data must not be kept
 * by the browser's or any shared cache (a later user of the machine, a proxy).
 */
export function noStore(res: Response): Response {
  res.headers.set("cache-control", "no-store");
  return res;
}
