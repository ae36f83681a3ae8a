/** JSON with bigint values as strings (nano-USD stays exact on the wire). */
export function jsonResponse(data: unknown, status = 200): Response {
  const text = JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  return new Response(text, { status, headers: { "content-type": "application/json" } });
}
