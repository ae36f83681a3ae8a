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

/**
 * True until the child has ended. A child killed by a signal has exitCode null
 * (and signalCode set), so checking exitCode alone takes a dead child for a
 * running one, and waiting for its "exit" event then hangs forever.
 */
export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** How a child ended, for messages: "exit code 1" or "killed by SIGKILL". */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** Stop a child: SIGTERM, then SIGKILL after graceMs. Resolves at once when it has already ended. */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => isRunning(child) && child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

/** Wait until GET url answers 200; throw after timeoutMs, or as soon as `child` (the server being waited for) ends. */
export async function waitForHttp(url: string, timeoutMs = 60_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && !isRunning(child)) throw new Error(`the server ended (${describeExit(child.exitCode, child.signalCode)}) before ${url} answered`);
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
