// CSV downloads: RFC 4180 quoting, spreadsheet-formula neutralising, and a
// streaming Response so a long export starts at once and never sits in memory.

/** One CSV field: quoted when needed; a text cell starting with = + - @ (a formula to spreadsheets) is prefixed with '. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "bigint" || typeof value === "number" ? String(value) : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(",")}\r\n`;

/** A file name safe for Content-Disposition: letters, digits, dot, dash, underscore. */
export const csvFileName = (parts: string[]) => `${parts.join("_").replace(/[^\w.-]+/g, "-")}.csv`;

/** Stream `rows` (any iterable or async iterable) under `header` as a CSV attachment. */
export function csvResponse(fileName: string, header: string[], rows: Iterable<unknown[]> | AsyncIterable<unknown[]>): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(`\ufeff${csvLine(header)}`)); // BOM: spreadsheets then read UTF-8
      for await (const row of rows as AsyncIterable<unknown[]>) controller.enqueue(encoder.encode(csvLine(row)));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
