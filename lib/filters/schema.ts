// The one filter object of every dashboard page and API: date range (a preset or a custom from–to, UTC days), team, feature,
// provider and model. The server parses searchParams with it, the client reads and
// writes the URL with it, and query functions take `(orgId, filters)`, so a shared
// link reproduces the exact view. Invalid values are reported, never silently
// replaced: the API answers 400, a page shows the message beside its defaults.
import { z } from "zod";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";

export const RANGE_PRESETS = ["7d", "30d", "90d", "mtd", "last-month", "qtd"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = "30d";
export const RANGE_LABELS: Record<RangePreset, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "90d": "90 days",
  mtd: "Month to date",
  "last-month": "Last month",
  qtd: "Quarter to date",
};
/** Longest custom range, in days (a bound on every query's work). */
export const MAX_RANGE_DAYS = 400;
const EARLIEST_DAY = "2000-01-01";

const isoDate = z.iso.date({ error: "must be a date such as 2026-01-31" });
const entityKey = z.string().min(1).max(200).regex(/^[^\p{C}]+$/u, { error: "must not contain control characters" });

/** The raw URL parameters (all optional strings). */
export const filterParamsSchema = z.object({
  range: z.enum(RANGE_PRESETS, { error: `must be one of ${RANGE_PRESETS.join(", ")}` }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  team: entityKey.optional(),
  feature: entityKey.optional(),
  provider: entityKey.optional(),
  model: entityKey.optional(),
});
export type FilterParams = z.infer<typeof filterParamsSchema>;

/** A resolved view: inclusive UTC days, the previous period of equal length, and the entity filters. */
export type Filters = {
  preset: RangePreset | "custom";
  from: string;
  to: string;
  days: number;
  /** the same number of days right before `from` */
  prevFrom: string;
  prevTo: string;
  /** today's UTC day when the range includes it (drawn as partial), else null */
  partialDay: string | null;
  /**
   * Full days only: the range without today's incomplete day, against the same
   * number of days before it; null when the range has no complete day yet.
   */
  compare: { from: string; to: string; prevFrom: string; prevTo: string; days: number } | null;
  team: string | null;
  feature: string | null;
  provider: string | null;
  model: string | null;
};

export type FilterIssue = { param: keyof FilterParams; message: string };

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const spanDays = (from: string, to: string) => Math.round((day(to) - day(from)) / DAY_MS) + 1;
const shift = (s: string, n: number) => isoDay(day(s) + n * DAY_MS);

function presetRange(preset: RangePreset, now: Date): { from: string; to: string } {
  const today = isoDay(utcMidnight(now));
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  switch (preset) {
    case "7d":
    case "30d":
    case "90d":
      return { from: shift(today, -(Number.parseInt(preset, 10) - 1)), to: today };
    case "mtd":
      return { from: isoDay(Date.UTC(y, m, 1)), to: today };
    case "last-month":
      return { from: isoDay(Date.UTC(y, m - 1, 1)), to: isoDay(Date.UTC(y, m, 0)) };
    case "qtd":
      return { from: isoDay(Date.UTC(y, m - (m % 3), 1)), to: today };
  }
}

/** Check the raw parameters against each other; an empty list means they are usable as given. */
export function checkFilterParams(p: FilterParams, now: Date): FilterIssue[] {
  const issues: FilterIssue[] = [];
  if ((p.from === undefined) !== (p.to === undefined)) {
    issues.push({ param: p.from === undefined ? "from" : "to", message: "a custom range needs both from and to" });
  } else if (p.from !== undefined && p.to !== undefined) {
    const tomorrow = isoDay(utcMidnight(now) + DAY_MS);
    if (p.range !== undefined) issues.push({ param: "range", message: "give either a preset range or from and to, not both" });
    if (p.from > p.to) issues.push({ param: "from", message: "must not be after to" });
    else if (spanDays(p.from, p.to) > MAX_RANGE_DAYS) issues.push({ param: "from", message: `the range may span at most ${MAX_RANGE_DAYS} days` });
    if (p.from < EARLIEST_DAY) issues.push({ param: "from", message: `must be ${EARLIEST_DAY} or later` });
    if (p.to > tomorrow) issues.push({ param: "to", message: "must not be in the future" });
  }
  if (p.model !== undefined && p.provider === undefined && p.model.includes("/")) {
    issues.push({ param: "model", message: "give the provider separately (provider=…&model=…)" });
  }
  return issues;
}

/** Resolve valid parameters into a view at `now` (callers check them first). */
export function resolveFilters(p: FilterParams, now: Date): Filters {
  const custom = p.from !== undefined && p.to !== undefined && p.range === undefined;
  const preset: RangePreset | "custom" = custom ? "custom" : (p.range ?? DEFAULT_PRESET);
  const { from, to } = custom ? { from: p.from!, to: p.to! } : presetRange(preset as RangePreset, now);
  const days = spanDays(from, to);
  const today = isoDay(utcMidnight(now));
  const partialDay = from <= today && today <= to ? today : null;
  const fullTo = partialDay ? shift(today, -1) : to;
  const fullDays = fullTo < from ? 0 : spanDays(from, fullTo);
  return {
    preset,
    from,
    to,
    days,
    prevFrom: shift(from, -days),
    prevTo: shift(from, -1),
    partialDay,
    compare: fullDays === 0 ? null : { from, to: fullTo, prevFrom: shift(from, -fullDays), prevTo: shift(from, -1), days: fullDays },
    team: p.team ?? null,
    feature: p.feature ?? null,
    provider: p.provider ?? null,
    model: p.model ?? null,
  };
}

type SearchLike = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Every parameter with its first value (empty ones dropped), the same for
 * URLSearchParams (the browser) and Next's searchParams record (the server), so
 * both read a link identically; the strict API parse sees unknown ones too.
 */
export function firstValues(search: SearchLike): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = search instanceof URLSearchParams ? [...search.entries()] : Object.entries(search);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== "" && !(k in out)) out[k] = value;
  }
  return out;
}

/** The filter parameters only (pages ignore other parameters). */
const toRecord = (search: SearchLike): Record<string, string> =>
  Object.fromEntries(Object.entries(firstValues(search)).filter(([k]) => k in filterParamsSchema.shape));

/** A page's searchParams record as the query string the browser has (for telling the server-rendered view apart). */
export function searchString(raw: Record<string, string | string[] | undefined>): string {
  return new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x])))).toString();
}

/**
 * Parse URL parameters leniently (pages): every invalid parameter becomes an
 * issue to show, and is dropped so the rest of the view still works.
 */
export function parseFilters(search: SearchLike, now = new Date()): { filters: Filters; issues: FilterIssue[] } {
  const raw = toRecord(search);
  const issues: FilterIssue[] = [];
  const parsed = filterParamsSchema.safeParse(raw);
  let params: FilterParams = parsed.success ? parsed.data : {};
  if (!parsed.success) {
    const bad = new Set<string>();
    for (const i of parsed.error.issues) {
      const param = String(i.path[0]) as keyof FilterParams;
      if (!bad.has(param)) issues.push({ param, message: i.message });
      bad.add(param);
    }
    params = filterParamsSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
  }
  const reported = new Set(issues.map((i) => i.param));
  const cross = checkFilterParams(params, now);
  if (cross.length) {
    issues.push(...cross.filter((c) => !reported.has(c.param)));
    const drop = new Set<string>(cross.map((c) => c.param));
    if (drop.has("from") || drop.has("to")) drop.add("from").add("to"); // a custom range is valid only as a pair
    params = Object.fromEntries(Object.entries(params).filter(([k]) => !drop.has(k))) as FilterParams;
  }
  return { filters: resolveFilters(params, now), issues };
}

/** Parse URL parameters strictly (APIs): any invalid parameter is a 400 naming it. */
export const filtersQuerySchema = (now: () => Date = () => new Date()) =>
  z
    .preprocess(
      (v) => firstValues(v as SearchLike),
      z
        .record(z.string(), z.string())
        .superRefine((rec, ctx) => {
          for (const k of Object.keys(rec)) {
            if (!(k in filterParamsSchema.shape)) ctx.addIssue({ code: "custom", path: [k], message: "unknown parameter (filters are range, from, to, team, feature, provider, model)" });
          }
        })
        .pipe(filterParamsSchema),
    )
    .transform((p, ctx) => {
    for (const issue of checkFilterParams(p, now())) ctx.issues.push({ code: "custom", path: [issue.param], message: issue.message, input: p });
    return resolveFilters(p, now());
  });

export const ENTITY_FILTERS = ["team", "feature", "provider", "model"] as const;
export type EntityFilter = (typeof ENTITY_FILTERS)[number];

/**
 * The strict API parse for a view that applies only some entity filters: any
 * other one is a 400 naming it (rather than silently ignored).
 */
export const scopedFiltersQuerySchema = (allowed: readonly EntityFilter[], message: string, now?: () => Date) =>
  filtersQuerySchema(now).superRefine((f, ctx) => {
    for (const k of ENTITY_FILTERS) if (!allowed.includes(k) && f[k] !== null) ctx.addIssue({ code: "custom", path: [k], message });
  });

/** The URL parameters that reproduce a view (defaults omitted, so links stay short). */
export function filtersToParams(f: Pick<Filters, "preset" | "from" | "to" | "team" | "feature" | "provider" | "model">): URLSearchParams {
  const out = new URLSearchParams();
  if (f.preset === "custom") {
    out.set("from", f.from);
    out.set("to", f.to);
  } else if (f.preset !== DEFAULT_PRESET) out.set("range", f.preset);
  for (const k of ["team", "feature", "provider", "model"] as const) if (f[k]) out.set(k, f[k]!);
  return out;
}

/**
 * `?table=…&<filters>` of a page's CSV export: which of its `tables`, and the view
 * (parsed by `filters`, strictly like the page's API); both are checked at once, each
 * issue naming its parameter.
 */
export const tableExportQuerySchema = <T extends readonly [string, ...string[]], F extends z.ZodType<Filters>>(tables: T, filters: F) =>
  z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const { table, ...rest } = raw;
    const t = z.enum(tables, { error: `must be one of ${tables.join(", ")}` }).safeParse(table);
    if (!t.success) ctx.addIssue({ code: "custom", path: ["table"], message: t.error.issues[0].message });
    const f = filters.safeParse(rest);
    if (!f.success) for (const i of f.error.issues) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
    return t.success && f.success ? { table: t.data, filters: f.data as Filters } : z.NEVER;
  });
