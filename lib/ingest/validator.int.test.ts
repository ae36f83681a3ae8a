// Property-based: whatever JSON arrives, ingestion never fails with a 5xx, and
// accepted + duplicate + rejected always equals the batch length.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { createOrg } from "@/test/fixtures";
import { createKey, poster } from "@/test/ingest-client";

const post = poster(POST);

// an ISO timestamp with any offset from -23:59 to +23:59 (PostgreSQL itself accepts only ±15:59)
const pad = (n: number) => String(n).padStart(2, "0");
const withOffset = fc
  .tuple(fc.date({ min: new Date("2020-01-02"), max: new Date("2026-01-01"), noInvalidDate: true }), fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, sign, h, m]) => `${d.toISOString().slice(0, 19)}${sign}${pad(h)}:${pad(m)}`);

// items that are close to valid events, with any field possibly replaced by junk
const nearEvent = fc.record(
  {
    eventId: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), fc.anything()),
    userId: fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), fc.anything()),
    traceId: fc.string({ unit: "binary", minLength: 1, maxLength: 8 }),
    timestamp: fc.oneof(fc.date({ min: new Date("1990-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }).map((d) => d.toISOString()), withOffset, fc.anything()),
    model: fc.oneof(fc.constantFrom("gpt-4o-mini", "claude-sonnet-4-20250514", "unknown-x"), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), fc.anything()),
    team: fc.oneof(fc.constantFrom("core", "t2"), fc.string(), fc.anything()),
    inputTokens: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.anything()),
    outputTokens: fc.oneof(fc.nat(), fc.anything()),
    cachedInputTokens: fc.oneof(fc.nat(), fc.anything()),
    costUsd: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.anything()),
    quality: fc.oneof(fc.record({ score: fc.double() }), fc.record({ score: fc.double({ min: 0, max: 1e-30, noNaN: true }) }), fc.anything()),
    metadata: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), fc.anything()),
  },
  { requiredKeys: [] },
);

describe("ingest validator (property-based, real database)", () => {
  let orgId: string;
  let key: string;
  beforeAll(async () => {
    orgId = (await createOrg(getPool())).orgId;
    key = await createKey(getPool(), orgId);
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
  });

  it("never answers 5xx and always accounts for every item", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(nearEvent, fc.jsonValue()), { maxLength: 25 }), async (batch) => {
        const res = await post({ batch }, { key });
        expect(res.status === 200 || res.status === 207).toBe(true);
        const { accepted, duplicate, rejected, results } = res.body;
        expect(accepted + duplicate + rejected).toBe(batch.length);
        expect(results.map((r: { index: number }) => r.index)).toEqual(batch.map((_, i) => i));
        expect(rejected === 0).toBe(res.status === 200);
      }),
      { numRuns: 200 },
    );
  });
});
