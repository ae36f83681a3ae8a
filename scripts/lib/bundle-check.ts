// Client-bundle guard run after `next build`: no route may ship a Node polyfill
// (a sign that server code reached a client component, e.g. node:crypto pulled
// in crypto-browserify, 450 KB) and every route's client JavaScript stays under
// a gzip budget. Reads Next's own manifests: build-manifest.json (the chunks
// every page loads) and each route's page_client-reference-manifest.js.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/** Browser polyfills of Node built-ins; their module paths survive minification. */
export const FORBIDDEN_IN_CLIENT = ["crypto-browserify", "stream-browserify", "browserify-zlib", "stream-http", "https-browserify"];

/** gzip bytes of client JS per route; pages drawing Recharts charts carry the library (~120 KB gz). */
export const DEFAULT_BUDGETS: { route: RegExp; maxGzipBytes: number }[] = [
  { route: /^\/(overview|pnl|budgets|routing|quality|features\/\[key\]|maturity|maturity\/\[id\])$/, maxGzipBytes: 350 * 1024 },
  { route: /.*/, maxGzipBytes: 250 * 1024 },
];

export type RouteBundle = { route: string; files: string[]; rawBytes: number; gzipBytes: number };
export type BundleReport = { routes: RouteBundle[]; forbidden: { file: string; marker: string }[] };

function findManifests(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findManifests(p, out);
    else if (e.name === "page_client-reference-manifest.js") out.push(p);
  }
  return out;
}

/** The chunk files of one route's client-reference manifest (a script assigning globalThis.__RSC_MANIFEST). */
function routeChunks(manifestFile: string): string[] {
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  vm.runInNewContext(fs.readFileSync(manifestFile, "utf8"), Object.assign(sandbox, { globalThis: sandbox }));
  const files = new Set<string>();
  for (const m of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
    for (const list of Object.values(m.entryJSFiles ?? {})) for (const f of list) files.add(f);
  }
  return [...files];
}

/** Measure every app route's client JS under `nextDir` (default .next) and find forbidden polyfills. */
export function analyzeBuild(nextDir = ".next"): BundleReport {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = fs.readFileSync(path.join(nextDir, file));
      s = { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
      sizes.set(file, s);
    }
    return s;
  };
  const appDir = path.join(nextDir, "server", "app");
  const routes = findManifests(appDir).map((m) => {
    // the URL path: route groups like (dashboard) are not part of it
    const segments = path.relative(appDir, path.dirname(m)).split(path.sep).filter((seg) => seg && seg !== "." && !/^\(.*\)$/.test(seg));
    const route = "/" + segments.join("/");
    const files = [...new Set([...(buildManifest.rootMainFiles ?? []), ...routeChunks(m)])].filter((f) => f.endsWith(".js"));
    const total = files.reduce((acc, f) => ({ raw: acc.raw + size(f).raw, gzip: acc.gzip + size(f).gzip }), { raw: 0, gzip: 0 });
    return { route, files, rawBytes: total.raw, gzipBytes: total.gzip };
  });
  const forbidden: BundleReport["forbidden"] = [];
  const staticDir = path.join(nextDir, "static");
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) {
        const text = fs.readFileSync(p, "utf8");
        for (const marker of FORBIDDEN_IN_CLIENT) if (text.includes(marker)) forbidden.push({ file: path.relative(nextDir, p), marker });
      }
    }
  };
  walk(staticDir);
  return { routes: routes.sort((a, b) => a.route.localeCompare(b.route)), forbidden };
}

/** Human-readable violations; empty when the build is within budget. */
export function bundleViolations(report: BundleReport, budgets = DEFAULT_BUDGETS): string[] {
  const errors = report.forbidden.map((f) => `${f.file} contains ${f.marker}: a client component imports server code (add "server-only" to it and import client-safe constants instead)`);
  for (const r of report.routes) {
    const budget = budgets.find((b) => b.route.test(r.route))?.maxGzipBytes ?? Infinity;
    if (r.gzipBytes > budget) errors.push(`${r.route} ships ${kb(r.gzipBytes)} of client JS (gzip), over its ${kb(budget)} budget`);
  }
  return errors;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
