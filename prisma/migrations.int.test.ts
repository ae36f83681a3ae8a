import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("migrations", () => {
  it("match schema.prisma (a schema change without a migration fails here)", () => {
    const run = () =>
      execFileSync(
        "node_modules/.bin/prisma",
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
        { env: { ...process.env }, stdio: "pipe" },
      );
    expect(run).not.toThrow();
  });

});
