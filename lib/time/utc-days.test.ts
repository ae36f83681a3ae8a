import { describe, expect, it } from "vitest";
import { isoDay, utcMidnight, windowStart } from "@/lib/time/utc-days";

describe("UTC days", () => {
  it("cut days at UTC midnight, whatever the host zone", () => {
    expect(isoDay(Date.parse("2026-12-31T23:59:59.999Z"))).toBe("2026-12-31");
    expect(utcMidnight(new Date("2026-03-29T01:30:00+02:00"))).toBe(Date.parse("2026-03-28T00:00:00Z"));
  });
  it("count a 30-day window with today included", () => {
    expect(windowStart(30, new Date("2026-12-20T08:00:00Z"))).toBe("2026-11-21");
    expect(windowStart(1, new Date("2026-12-20T08:00:00Z"))).toBe("2026-12-20");
  });
});
