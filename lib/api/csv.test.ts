import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, csvResponse } from "@/lib/api/csv";

describe("CSV", () => {
  it("quotes what needs quoting and neutralises spreadsheet formulas", () => {
    expect([csvCell("plain"), csvCell('say "hi"'), csvCell("a,b"), csvCell("line\nbreak"), csvCell(null), csvCell(12n), csvCell(-3)]).toEqual([
      "plain", '"say ""hi"""', '"a,b"', '"line\nbreak"', "", "12", "-3",
    ]);
    expect([csvCell("=1+1"), csvCell("+1"), csvCell("@SUM(A1)"), csvCell("-2")]).toEqual(["'=1+1", "'+1", "'@SUM(A1)", "'-2"]);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it("names files safely", () => {
    expect(csvFileName(["costwise", "features", "2026-10-27", "2026-11-25"])).toBe("costwise_features_2026-10-27_2026-11-25.csv");
    expect(csvFileName(['a"b', "c/d"])).toBe("a-b_c-d.csv");
  });

  it("streams a header and rows as an attachment", async () => {
    async function* rows() {
      yield ["a", 1];
      yield ["b, c", 2];
    }
    const res = csvResponse("x.csv", ["name", "n"], rows());
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
    expect(new TextDecoder().decode(bytes)).toBe('name,n\r\na,1\r\n"b, c",2\r\n');
  });
});
