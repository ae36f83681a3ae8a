// npm run -s anomaly:eval [-- --seed N --per-scenario N]: precision and recall of
// the anomaly detector and of a naive 3-sigma detector on the same seeded, labelled
// synthetic series (docs/anomaly-detection.md). The series are written as CSV to a
// temporary directory and read back through the CLI's own code path; the CLI itself
// is run once on one of them to prove it prints the same lines. Prints markdown.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { detectCsvAnomalies, formatAnomalyLine, parseSeriesCsv } from "@/lib/anomaly/csv";
import { addScores, emptyScores, rates, scoreSeries, type Scores } from "@/lib/anomaly/evaluate";
import { detectNaive } from "@/lib/anomaly/naive";
import { generateLabelledSeries, SCENARIOS } from "@/lib/anomaly/synthetic";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg("--seed", 2);
const perScenario = arg("--per-scenario", 8);

const dir = mkdtempSync(path.join(os.tmpdir(), "costwise-anomaly-eval-"));
const ours = new Map<string, Scores>();
const naive = new Map<string, Scores>();
let cliChecked = "";
try {
  for (const series of generateLabelledSeries(seed, perScenario)) {
    const file = path.join(dir, `${series.name}.csv`);
    writeFileSync(file, ["timestamp,value", ...series.points.map((p) => `${new Date(p.t).toISOString()},${p.value}`)].join("\n") + "\n");
    const points = parseSeriesCsv(readFileSync(file, "utf8"));
    const lines = detectCsvAnomalies(points, { minDelta: 0 });
    if (!cliChecked && series.windows.length > 0) cliChecked = checkCli(file, lines.map(formatAnomalyLine));
    const flagged = new Set(lines.map((l) => Date.parse(l.timestamp)));
    const naiveFlagged = new Set(detectNaive(points, { minDelta: 0 }).filter((p) => p.anomalous).map((p) => p.t));
    ours.set(series.scenario, addScores(ours.get(series.scenario) ?? emptyScores(), scoreSeries(series, flagged)));
    naive.set(series.scenario, addScores(naive.get(series.scenario) ?? emptyScores(), scoreSeries(series, naiveFlagged)));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Run the real CLI on one file; its stdout must equal the in-process lines. */
function checkCli(file: string, expected: string[]): string {
  const run = spawnSync("npm", ["run", "-s", "anomaly:detect", "--", file, "--min-delta", "0"], { encoding: "utf8" });
  const got = run.stdout.trim() === "" ? [] : run.stdout.trim().split("\n");
  if (run.status !== 0 || got.join("\n") !== expected.join("\n")) {
    console.error(run.stderr);
    throw new Error(`the CLI's output on ${path.basename(file)} differs from the evaluation's (exit ${run.status})`);
  }
  return `${path.basename(file)} (${got.length} lines)`;
}

const pct = (x: number | null) => (x === null ? "–" : x.toFixed(2));
function row(label: string, a: Scores, b: Scores): string {
  const r = rates(a);
  const n = rates(b);
  return `| ${label} | ${a.labelled} | ${a.alarms} | **${pct(r.episodePrecision)}** | **${pct(r.episodeRecall)}** | ${pct(r.pointPrecision)} | ${pct(r.pointRecall)} | ${b.alarms} | ${pct(n.episodePrecision)} | ${pct(n.episodeRecall)} | ${pct(n.pointPrecision)} | ${pct(n.pointRecall)} |`;
}

console.log(`Seed ${seed}, ${perScenario} series per scenario, min-delta 0. CLI cross-check: ${cliChecked || "no series with an anomaly"} identical.\n`);
console.log("| scenario | injected | ours: alarms | ours: episode P | ours: episode R | ours: point P | ours: point R | naive: alarms | naive: episode P | naive: episode R | naive: point P | naive: point R |");
console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
let allOurs = emptyScores();
let allNaive = emptyScores();
for (const s of SCENARIOS) {
  const a = ours.get(s) ?? emptyScores();
  const b = naive.get(s) ?? emptyScores();
  allOurs = addScores(allOurs, a);
  allNaive = addScores(allNaive, b);
  console.log(row(s, a, b));
}
console.log(row("**overall**", allOurs, allNaive));
// shown separately, not instead: how much of the overall figure is the low-volume noise at min-delta 0
const without = (m: Map<string, Scores>) => SCENARIOS.filter((s) => s !== "low_volume").reduce((acc, s) => addScores(acc, m.get(s) ?? emptyScores()), emptyScores());
console.log(row("overall without low_volume", without(ours), without(naive)));
