-- Distinct end users per feature per UTC day as HyperLogLog sketches (precision 12:
-- 4,096 registers, standard error 1.04/sqrt(4096) = 1.63%), replacing the table of
-- (day, feature, user) rows whose scans grew with traffic. A register holds 0..20.
-- It is stored in unary ("thermometer") form: bit (k-1)*4096 + i is set when
-- register i is at least k. In that form the HLL merge (max per register) is a
-- bitwise OR, which PostgreSQL aggregates natively (bit_or), and the register
-- histogram is the popcount of each 4,096-bit plane. The same layout is built by
-- lib/ingest/user-sketch.ts on the ingest path (an integration test pins equality).

-- The positions a user sets: the first 32 bits of md5(user id) give the register
-- (12 bits) and the rank of the first 1 among the next 19 bits (20 when none).
CREATE FUNCTION hll_positions(u text) RETURNS int[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT array(SELECT (k - 1) * 4096 + idx FROM generate_series(1, rho) AS k)
    FROM (SELECT substring(h FROM 1 FOR 12)::bit(12)::int AS idx,
                 coalesce(nullif(position(B'1' IN substring(h FROM 13 FOR 19)), 0), 20) AS rho
            FROM (SELECT ('x' || substr(md5(u), 1, 8))::bit(32) AS h) AS a) AS b
$$;

-- A sketch with exactly the given bit positions set (positions in 0..81919).
CREATE FUNCTION hll_bits(p int[]) RETURNS bit(81920) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (coalesce(string_agg(repeat('0', x - prev - 1) || '1', '' ORDER BY x), '')
          || repeat('0', 81919 - coalesce(max(x), -1)))::bit(81920)
    FROM (SELECT x, coalesce(lag(x) OVER (ORDER BY x), -1) AS prev
            FROM (SELECT DISTINCT unnest(p) AS x) AS d) AS s
$$;

-- The estimated number of distinct users in a (merged) sketch: Ertl's improved
-- raw estimator ("New cardinality estimation algorithms for HyperLogLog
-- sketches", 2017), which needs no bias tables and is accurate from 0 users up.
CREATE FUNCTION hll_distinct(s bit varying) RETURNS bigint LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  m constant float8 := 4096;
  ge int8[];
  c float8;
  z float8;
  x float8;
  y float8;
  zo float8;
BEGIN
  IF s IS NULL THEN RETURN 0; END IF;
  -- ge[k] = registers >= k, for k = 1..20, and ge[21] = 0
  ge := array(SELECT bit_count(substring(s FROM (k - 1) * 4096 + 1 FOR 4096)) FROM generate_series(1, 20) AS k ORDER BY k) || 0::int8;
  IF ge[1] = 0 THEN RETURN 0; END IF;
  -- tau(1 - C20/m): registers at the top value (20)
  x := 1 - ge[20] / m;
  IF x = 0 OR x = 1 THEN
    z := 0;
  ELSE
    y := 1; z := 1 - x;
    LOOP
      x := sqrt(x); zo := z; y := y * 0.5; z := z - (1 - x) ^ 2 * y;
      EXIT WHEN z = zo;
    END LOOP;
    z := z / 3;
  END IF;
  z := m * z;
  FOR k IN REVERSE 19..1 LOOP
    z := 0.5 * (z + (ge[k] - ge[k + 1]));
  END LOOP;
  -- sigma(C0/m): empty registers
  x := (m - ge[1]) / m;
  IF x > 0 THEN
    y := 1; c := x;
    LOOP
      x := x * x; zo := c; c := c + x * y; y := y + y;
      EXIT WHEN c = zo;
    END LOOP;
    z := z + m * c;
  END IF;
  RETURN round(0.7213475204444817 * m * m / z);
END
$$;

-- One sketch per feature per aligned block of `span` days (1, 8 or 64, blocks
-- aligned on 1970-01-01), so a range of any length merges a handful of sketches
-- (lib/rollups/sketch-blocks.ts decomposes it) instead of one per day.
CREATE TABLE "feature_user_sketches" (
    "org_id" UUID NOT NULL,
    "span" SMALLINT NOT NULL,
    "start" DATE NOT NULL,
    "feature_id" UUID NOT NULL,
    "shard" SMALLINT NOT NULL DEFAULT 0,
    "bits" bit(81920) NOT NULL,

    CONSTRAINT "feature_user_sketches_pkey" PRIMARY KEY ("org_id","span","start","feature_id","shard")
);

-- Carry the users already counted over into sketches, then drop the row table.
INSERT INTO "feature_user_sketches" ("org_id", "span", "start", "feature_id", "shard", "bits")
SELECT u.org_id, b.span, u.day - ((u.day - DATE '1970-01-01') % b.span + b.span) % b.span, u.feature_id, 0, hll_bits(array_agg(p.x))
  FROM (SELECT DISTINCT org_id, day, feature_id, end_user_id FROM "daily_feature_users") AS u,
       unnest(hll_positions(u.end_user_id)) AS p(x),
       (VALUES (1), (8), (64)) AS b(span)
 GROUP BY 1, 2, 3, 4;

DROP TABLE "daily_feature_users";
