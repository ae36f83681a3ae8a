// The npm registry mirror here has no packages for other platforms (darwin, win32,
// …), so `npm install` leaves those optional dependencies out of
// package-lock.json, and `npm ci` then refuses the lock as "out of sync". This adds
// the missing optional entries (marked optional: npm skips them when they cannot
// be installed). Run after changing dependencies: node scripts/complete-lockfile.mjs
import fs from "node:fs";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${name}`;
    if (pkgs[nested] || pkgs[`node_modules/${name}`]) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) continue; // only exact versions can be recorded faithfully
    pkgs[`node_modules/${name}`] = { version: spec, ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
fs.writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional entries for other platforms`);
