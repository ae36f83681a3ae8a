import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeBuild, bundleViolations } from "./bundle-check";

// A miniature .next directory in Next 16's layout: build-manifest.json, one
// client-reference manifest per route, chunks under static/chunks.
function fakeBuild(chunks: Record<string, string>, routes: Record<string, string[]>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-check-"));
  fs.mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
  for (const [name, text] of Object.entries(chunks)) fs.writeFileSync(path.join(dir, "static", "chunks", name), text);
  fs.writeFileSync(path.join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles: ["static/chunks/main.js"] }));
  for (const [route, files] of Object.entries(routes)) {
    const routeDir = path.join(dir, "server", "app", route);
    fs.mkdirSync(routeDir, { recursive: true });
    const manifest = { entryJSFiles: { [`[project]/app${route}/page`]: files } };
    fs.writeFileSync(
      path.join(routeDir, "page_client-reference-manifest.js"),
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${route}/page"] = ${JSON.stringify(manifest)};`,
    );
  }
  return dir;
}

// Barely compressible text (a fixed-seed LCG), so gzip sizes track raw sizes.
function noise(bytes: number): string {
  let x = 12345;
  let out = "";
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCharCode(33 + ((x >>> 16) % 90));
  }
  return out;
}

describe("client bundle check", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("flags a chunk that carries crypto-browserify (server code in a client component)", () => {
    const dir = fakeBuild(
      { "main.js": "framework", "keys.js": 'ti.ab="/ROOT/node_modules/next/dist/compiled/crypto-browserify/";', "prices.js": "ok" },
      { "/(dashboard)/settings/api-keys": ["static/chunks/keys.js"], "/(dashboard)/settings/prices": ["static/chunks/prices.js"] },
    );
    dirs.push(dir);
    const report = analyzeBuild(dir);
    expect(report.routes.map((r) => r.route)).toEqual(["/settings/api-keys", "/settings/prices"]);
    expect(report.routes[0].files).toEqual(["static/chunks/main.js", "static/chunks/keys.js"]);
    const errors = bundleViolations(report);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/static\/chunks\/keys\.js contains crypto-browserify/);
  });

  it("holds every route's client JS (shared chunks included) to its gzip budget", () => {
    const dir = fakeBuild({ "main.js": noise(20_000), "big.js": noise(40_000), "small.js": "x" }, { "/overview": ["static/chunks/big.js"], "/login": ["static/chunks/small.js"] });
    dirs.push(dir);
    const report = analyzeBuild(dir);
    const overview = report.routes.find((r) => r.route === "/overview")!;
    const login = report.routes.find((r) => r.route === "/login")!;
    expect(overview.gzipBytes).toBeGreaterThan(login.gzipBytes + 10_000);
    const budgets = [{ route: /.*/, maxGzipBytes: login.gzipBytes + 1_000 }];
    expect(bundleViolations(report, budgets)).toEqual([expect.stringMatching(/^\/overview ships \d+ KB of client JS \(gzip\), over its \d+ KB budget$/)]);
    expect(bundleViolations(report, [{ route: /.*/, maxGzipBytes: overview.gzipBytes }])).toEqual([]);
  });
});
