import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ModelTier } from "@/generated/prisma/enums";
import { TIERS } from "@/lib/pricing/tiers";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(rel, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(rel);
  }
  return out;
}

describe("the tier list", () => {
  it("is the database enum ModelTier, in the same (cheapest first) order", () => {
    expect([...TIERS]).toEqual(Object.values(ModelTier));
  });

  it("is spelled out only in lib/pricing/tiers.ts: schemas, SQL and UI import it", () => {
    // an array literal or a union type listing the three tiers
    const LIST = /["'](small|mid|frontier)["']\s*[,|]\s*["'](small|mid|frontier)["']\s*[,|]\s*["'](small|mid|frontier)["']/;
    const offenders = ["app", "components", "lib"]
      .flatMap((d) => sourceFiles(d))
      .filter((f) => LIST.test(fs.readFileSync(path.join(ROOT, f), "utf8")))
      .filter((f) => f !== path.join("lib", "pricing", "tiers.ts"));
    expect(offenders).toEqual([]);
  });
});
