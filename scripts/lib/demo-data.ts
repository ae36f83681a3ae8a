// Seed the demo org once; on later runs keep the data and make sure the printed
// password and API key work (env values win, else the saved ones, else random).
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { createPool, sqlRows } from "@/lib/database/pool";
import { generateApiKey, displayPrefix, hashApiKey } from "@/lib/auth/api-keys";
import { API_KEY_SCOPES } from "@/lib/auth/api-key-scopes";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { DEMO_ORG_SLUG, DEMO_USERS, seedDemo } from "@/lib/demo/seed";

const CREDENTIALS_FILE = ".data/demo-credentials.json";

export type DemoCredentials = { password: string; apiKey: string };

function loadSaved(): Partial<DemoCredentials> {
  try {
    return JSON.parse(fs.readFileSync(CREDENTIALS_FILE, "utf8"));
  } catch {
    return {};
  }
}

async function ensureCredentials(c: pg.PoolClient, orgId: string, creds: DemoCredentials, apiKeyFromEnv: boolean, log: (s: string) => void): Promise<DemoCredentials> {
  const users = await sqlRows<{ id: string; password_hash: string | null }>(c, `SELECT id, password_hash FROM users WHERE email = ANY($1)`, [DEMO_USERS.map((u) => u.email)]);
  for (const u of users) {
    if (!u.password_hash || !(await verifyPassword(creds.password, u.password_hash))) {
      await c.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [u.id, await hashPassword(creds.password)]);
    }
  }
  return { ...creds, apiKey: await ensureDemoApiKey(c, orgId, creds.apiKey, { fromEnv: apiKeyFromEnv, log }) };
}

/**
 * Make sure the demo org has the printed API key. A key someone revoked stays
 * revoked (a restart must not bring it back): a saved key is replaced by a new
 * one, a key given in COSTWISE_DEMO_API_KEY is reported as revoked. Returns the
 * key to print.
 */
export async function ensureDemoApiKey(c: pg.PoolClient, orgId: string, apiKey: string, opts: { fromEnv: boolean; log: (s: string) => void }): Promise<string> {
  if (await insertOrCheckKey(c, orgId, apiKey)) return apiKey;
  if (opts.fromEnv) {
    opts.log("the demo API key in COSTWISE_DEMO_API_KEY has been revoked and stays revoked; unset it to get a new one");
    return apiKey;
  }
  const fresh = generateApiKey().secret;
  await insertOrCheckKey(c, orgId, fresh);
  opts.log("the saved demo API key was revoked; created a new one");
  return fresh;
}

/** Insert the key unless it exists; true when it exists and is not revoked. */
async function insertOrCheckKey(c: pg.PoolClient, orgId: string, apiKey: string): Promise<boolean> {
  await c.query(`INSERT INTO api_keys (org_id, name, prefix, hash, scopes) VALUES ($1, 'Demo key', $2, $3, $4) ON CONFLICT (hash) DO NOTHING`, [
    orgId, displayPrefix(apiKey), hashApiKey(apiKey), [...API_KEY_SCOPES],
  ]);
  const [row] = await sqlRows<{ revoked: boolean }>(c, `SELECT revoked_at IS NOT NULL AS revoked FROM api_keys WHERE hash = $1`, [hashApiKey(apiKey)]);
  return row !== undefined && !row.revoked;
}

export async function ensureDemoData(url: string, log: (s: string) => void, opts: { days?: number; persistCredentials?: boolean } = {}): Promise<DemoCredentials & { seeded: boolean; events?: number }> {
  const saved = loadSaved();
  let creds: DemoCredentials = {
    password: process.env.COSTWISE_DEMO_PASSWORD ?? saved.password ?? randomBytes(9).toString("base64url"),
    apiKey: process.env.COSTWISE_DEMO_API_KEY ?? saved.apiKey ?? generateApiKey().secret,
  };
  const pool = createPool(url, 2);
  const c = await pool.connect();
  try {
    const [org] = await sqlRows<{ id: string }>(c, `SELECT id FROM orgs WHERE slug = $1`, [DEMO_ORG_SLUG]);
    let seeded = false;
    let events: number | undefined;
    if (org) {
      creds = await ensureCredentials(c, org.id, creds, process.env.COSTWISE_DEMO_API_KEY !== undefined, log);
    } else {
      const t0 = Date.now();
      let lastPct = -1;
      log("generating demo data (90 days of usage)…");
      const result = await seedDemo(c, {
        ...creds,
        days: opts.days,
        onProgress: (done, total) => {
          const pct = Math.min(100, Math.floor((done / total) * 10) * 10);
          if (pct !== lastPct) process.stdout.write(`  ${pct}% (${done.toLocaleString("en-US")} events)\n`);
          lastPct = pct;
        },
      });
      seeded = true;
      events = result.events;
      log(`demo data ready: ${result.events.toLocaleString("en-US")} events in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    }
    if (opts.persistCredentials !== false) saveCredentials(creds);
    return { ...creds, seeded, events };
  } finally {
    c.release();
    await pool.end();
  }
}

function saveCredentials(creds: DemoCredentials) {
  fs.mkdirSync(".data", { recursive: true });
  fs.writeFileSync(CREDENTIALS_FILE, JSON.stringify(creds, null, 2), { mode: 0o600 });
}

/** The NEXTAUTH_SECRET: from the environment, else generated once and kept in .data/. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/auth-secret";
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  fs.mkdirSync(".data", { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
