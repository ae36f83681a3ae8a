// Child-process helpers for the CLI scripts.
import { spawn, type ChildProcess } from "node:child_process";

export function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}, opts: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: { ...process.env, ...env } });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(" ")} failed (${signal ?? `exit ${code}`})${output ? `:\n${output}` : ""}`));
    });
  });
}

export function start(cmd: string, args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

export function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

/** Wait until GET url answers 200, or throw after timeoutMs. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}
