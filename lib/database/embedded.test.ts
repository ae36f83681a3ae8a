import { describe, expect, it } from "vitest";
import { loadEmbeddedPostgres } from "@/lib/database/embedded";

describe("loadEmbeddedPostgres", () => {
  it("leaves no beforeExit hook behind, so a process keeps its exit code (a failing test run stays red)", async () => {
    const before = process.listeners("beforeExit").length;
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe("function");
    expect(process.listeners("beforeExit").length).toBe(before);
  });
});
