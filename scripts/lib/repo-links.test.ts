// The README, docs and code may only point at files inside the repository: a
// newcomer with a fresh clone has nothing else.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx|js|mjs|md|prisma|json|sql|css)$/.test(f) && f !== "package-lock.json" && fs.existsSync(path.join(ROOT, f)));

describe("references to files", () => {
  it("never leave the repository (no ../ outside it, no absolute machine paths)", () => {
    const offenders: string[] = [];
    for (const f of tracked) {
      const text = fs.readFileSync(path.join(ROOT, f), "utf8");
      for (const m of text.matchAll(/(?:\.\.\/)+[\w.-]+(?:\/[\w.-]+)*/g)) {
        const target = path.resolve(ROOT, path.dirname(f), m[0]);
        if (target !== ROOT && !target.startsWith(ROOT + path.sep)) offenders.push(`${f}: ${m[0]}`);
      }
      for (const m of text.matchAll(/\/work\/[\w./-]+/g)) offenders.push(`${f}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  it("name only Markdown documents that exist in the repository", () => {
    const missing: string[] = [];
    for (const f of tracked) {
      const text = fs.readFileSync(path.join(ROOT, f), "utf8");
      for (const m of text.matchAll(/[\w./-]*[\w-]+\.md\b/g)) {
        const name = m[0];
        const candidates = [path.resolve(ROOT, path.dirname(f), name), path.resolve(ROOT, name), path.resolve(ROOT, "docs", path.basename(name))];
        if (!candidates.some((c) => c.startsWith(ROOT) && fs.existsSync(c))) missing.push(`${f}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
