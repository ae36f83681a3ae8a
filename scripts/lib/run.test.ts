// Process supervision for `npm run demo` / `npm run dev`: a web server that dies
// (even by a signal, whose exit code is null) must be noticed, not waited on forever.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { describeExit, isRunning, stopChild, waitForHttp } from "./run";

const idle = () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });

describe("child-process supervision", () => {
  const children: ChildProcess[] = [];
  afterEach(() => children.splice(0).forEach((c) => isRunning(c) && c.kill("SIGKILL")));

  it("sees a child killed with SIGKILL as ended, and stopping it returns at once", async () => {
    const child = idle();
    children.push(child);
    expect(isRunning(child)).toBe(true);
    child.kill("SIGKILL");
    const [code, signal] = await once(child, "exit");
    expect(child.exitCode).toBeNull(); // the trap: a signal exit has no exit code
    expect(isRunning(child)).toBe(false);
    expect(describeExit(code, signal)).toBe("killed by SIGKILL");
    await stopChild(child); // would wait for an "exit" event that already happened
  });

  it("stops a running child with SIGTERM", async () => {
    const child = idle();
    children.push(child);
    await stopChild(child);
    expect(isRunning(child)).toBe(false);
    expect(child.signalCode).toBe("SIGTERM");
  });

  it("gives up waiting for a server as soon as it has exited", async () => {
    const child = spawn(process.execPath, ["-e", "process.exit(3)"], { stdio: "ignore" });
    children.push(child);
    await once(child, "exit");
    await expect(waitForHttp("http://127.0.0.1:9/api/health", 60_000, child)).rejects.toThrow("the server ended (exit code 3)");
  });
});
