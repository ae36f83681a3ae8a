// npm run check:bundles – after `next build`: fail when a client bundle carries
// a Node polyfill or a route's JavaScript exceeds its budget (scripts/lib/bundle-check.ts).
import { analyzeBuild, bundleViolations, kb } from "./lib/bundle-check";

const report = analyzeBuild(".next");
for (const r of report.routes) console.log(`  ${r.route.padEnd(40)} ${kb(r.gzipBytes).padStart(7)} gzip  (${kb(r.rawBytes)} raw)`);
const errors = bundleViolations(report);
if (errors.length > 0) {
  console.error(`\n[bundles] ${errors.length} problem(s):\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  process.exit(1);
}
console.log("[bundles] client bundles are within budget and free of Node polyfills");
