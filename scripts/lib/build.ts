// Build the production bundle only when the sources changed since the last build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, run } from "./run";

const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation-client.ts", "prisma/schema.prisma", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = ".next/costwise-source-hash";

function walk(p: string, out: string[]) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), out);
  else out.push(`${p}:${st.size}:${st.mtimeMs}`);
}

export function sourceHash(): string {
  const entries: string[] = [];
  for (const input of INPUTS) walk(input, entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

export async function ensureBuild(log: (s: string) => void): Promise<boolean> {
  const hash = sourceHash();
  if (fs.existsSync(".next/BUILD_ID") && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) return false;
  log("building the production bundle (first run or sources changed; takes a minute or two)…");
  await run(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  fs.writeFileSync(STAMP, hash);
  return true;
}
