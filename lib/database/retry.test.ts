import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isRetryableConflict, retryConflicts } from "@/lib/database/pool";

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });
const noPause = async () => {};

describe("retryConflicts", () => {
  it("runs a transaction again after a deadlock or serialization failure", async () => {
    const failures = [pgError("40P01"), pgError("40001")];
    let calls = 0;
    const result = await retryConflicts(async () => {
      calls++;
      const f = failures.shift();
      if (f) throw f;
      return "done";
    }, 4, noPause);
    expect(result).toBe("done");
    expect(calls).toBe(3);
  });

  it("gives up after the last attempt and rethrows the conflict", async () => {
    let calls = 0;
    await expect(retryConflicts(async () => { calls++; throw pgError("40P01"); }, 3, noPause)).rejects.toMatchObject({ code: "40P01" });
    expect(calls).toBe(3);
  });

  it("never retries other errors (a unique violation, a syntax error)", async () => {
    let calls = 0;
    await expect(retryConflicts(async () => { calls++; throw pgError("23505"); }, 4, noPause)).rejects.toMatchObject({ code: "23505" });
    expect(calls).toBe(1);
  });

  it("classifies conflicts and lost connections", () => {
    expect(isRetryableConflict(pgError("40P01"))).toBe(true);
    expect(isRetryableConflict(pgError("23505"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("57P01"))).toBe(true); // admin shutdown mid-query
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("22003"))).toBe(false);
  });
});
