import { describe, expect, it } from "vitest";
import { LruCache } from "@/lib/cache/lru";

describe("LruCache", () => {
  it("returns what was set and undefined for what was not", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    expect(c.get("a")).toBe(1);
    expect(c.get("b")).toBeUndefined();
    expect(c.size).toBe(1);
  });

  it("never holds more than maxEntries: the least recently set entry goes first", () => {
    const c = new LruCache<string, number>(3);
    for (const [i, k] of ["a", "b", "c", "d", "e"].entries()) c.set(k, i);
    expect(c.size).toBe(3);
    expect([c.has("a"), c.has("b"), c.has("c"), c.has("d"), c.has("e")]).toEqual([false, false, true, true, true]);
  });

  it("a get makes an entry most recently used, so it survives the next eviction", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1).set("b", 2);
    expect(c.get("a")).toBe(1); // b is now the least recently used
    c.set("c", 3);
    expect(c.has("a")).toBe(true);
    expect(c.has("b")).toBe(false);
    expect(c.has("c")).toBe(true);
  });

  it("has() does not refresh recency", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1).set("b", 2);
    expect(c.has("a")).toBe(true);
    c.set("c", 3);
    expect(c.has("a")).toBe(false);
  });

  it("overwriting a key replaces its value, refreshes it and does not grow the cache", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1).set("b", 2).set("a", 10);
    expect(c.size).toBe(2);
    c.set("c", 3); // evicts b, not the refreshed a
    expect(c.get("a")).toBe(10);
    expect(c.has("b")).toBe(false);
  });

  it("keeps null and undefined values distinguishable from a miss via has()", () => {
    const c = new LruCache<string, null | undefined>(2);
    c.set("n", null).set("u", undefined);
    expect(c.get("n")).toBeNull();
    expect(c.has("u")).toBe(true);
    expect(c.has("x")).toBe(false);
  });

  it("delete and clear", () => {
    const c = new LruCache<number, string>(3);
    c.set(1, "x").set(2, "y");
    expect(c.delete(1)).toBe(true);
    expect(c.delete(1)).toBe(false);
    expect(c.size).toBe(1);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get(2)).toBeUndefined();
  });

  it("works with a capacity of one and object keys", () => {
    const k1 = {}, k2 = {};
    const c = new LruCache<object, number>(1);
    c.set(k1, 1).set(k2, 2);
    expect(c.has(k1)).toBe(false);
    expect(c.get(k2)).toBe(2);
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
    expect(() => new LruCache(1.5)).toThrow(RangeError);
    expect(() => new LruCache(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
