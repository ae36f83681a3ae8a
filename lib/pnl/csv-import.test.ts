import { describe, expect, it } from "vitest";
import { parseCsv, previewImport } from "@/lib/pnl/csv-import";

describe("parseCsv", () => {
  it("reads quotes, escaped quotes, embedded commas and line breaks, CRLF, a BOM, and skips blank lines", () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n1,,3\n')).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
      ["1", "", "3"],
    ]);
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("")).toEqual([]);
  });
});

describe("previewImport", () => {
  const mine = new Set(["chat", "search"]);
  it("maps revenue columns (any order, camelCase too) and gives every bad line its own error with its line number", () => {
    const p = previewImport("revenue", "month,revenueUsd,feature\n2026-11,12000.00,chat\n2026-13,1,chat\n2026-11,-5,search\n2026-11,10,other-team\n2026-10, 7.5 ,search", mine);
    expect(p.error).toBeNull();
    expect(p.lines).toEqual([
      { line: 2, item: { feature: "chat", month: "2026-11", revenueUsd: "12000.00" }, error: null },
      { line: 3, item: { feature: "chat", month: "2026-13", revenueUsd: "1" }, error: expect.stringMatching(/^month: must be a month/) },
      { line: 4, item: { feature: "search", month: "2026-11", revenueUsd: "-5" }, error: expect.stringMatching(/^revenue_usd: must be a USD amount/) },
      { line: 5, item: { feature: "other-team", month: "2026-11", revenueUsd: "10" }, error: expect.stringMatching(/^feature: not a feature you can enter/) },
      { line: 6, item: { feature: "search", month: "2026-10", revenueUsd: "7.5" }, error: null },
    ]);
  });

  it("reads costs with an optional note and checks the category", () => {
    const p = previewImport("costs", 'feature,month,category,amount_usd,note\nchat,2026-11,gpu,300,"A100, 40h"\nchat,2026-11,tokens,3,\nsearch,2026-11,storage,25,', mine);
    expect(p.lines.map((l) => [l.line, l.error === null ? "ok" : l.error.split(":")[0], l.item])).toEqual([
      [2, "ok", { feature: "chat", month: "2026-11", category: "gpu", amountUsd: "300", note: "A100, 40h" }],
      [3, "category", { feature: "chat", month: "2026-11", category: "tokens", amountUsd: "3" }],
      [4, "ok", { feature: "search", month: "2026-11", category: "storage", amountUsd: "25" }],
    ]);
  });

  it("refuses a file without the needed columns, an empty file, and more lines than one request takes", () => {
    expect(previewImport("costs", "feature,month,amount_usd\nchat,2026-11,3", mine).error).toMatch(/missing: category/);
    expect(previewImport("revenue", "", mine).error).toBe("the file is empty");
    expect(previewImport("revenue", `feature,month,revenue_usd\n${"chat,2026-11,1\n".repeat(1001)}`, mine).error).toMatch(/at most 1,000 lines/);
  });
});
