// npm run -s anomaly:detect -- FILE.csv [--min-delta N]: run the cost anomaly
// detector on any `timestamp,value` series (interval and seasonality inferred) and
// print one JSON line per anomalous point: {"timestamp","value","expected","score"}.
// Exit code 2 on bad usage or a bad CSV line.
import { readFileSync } from "node:fs";
import { CsvError, detectCsvAnomalies, formatAnomalyLine, parseSeriesCsv } from "@/lib/anomaly/csv";

function fail(message: string): never {
  console.error(`anomaly:detect: ${message}`);
  console.error("usage: npm run -s anomaly:detect -- FILE.csv [--min-delta N]");
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; minDelta: number } {
  let file: string | undefined;
  let minDelta = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--min-delta" || arg.startsWith("--min-delta=")) {
      const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      minDelta = Number(text);
      if (text === undefined || text.trim() === "" || !Number.isFinite(minDelta) || minDelta < 0) fail(`--min-delta needs a number ≥ 0, got ${JSON.stringify(text ?? "")}`);
    } else if (arg.startsWith("-")) fail(`unknown option ${arg}`);
    else if (file) fail("one file only");
    else file = arg;
  }
  if (!file) fail("no file given");
  return { file, minDelta };
}

const { file, minDelta } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
try {
  for (const line of detectCsvAnomalies(parseSeriesCsv(text), { minDelta })) console.log(formatAnomalyLine(line));
} catch (e) {
  if (e instanceof CsvError) fail(`${file}: ${e.message}`);
  throw e;
}
