// Prisma CLI config: the WebAssembly schema engine over the pg driver adapter, so
// migrations run without downloading native engines (see docs/prisma-offline.md).
import { randomUUID } from "node:crypto";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { pgConfigFromUrl } from "./prisma/pg-config";

// Workaround 1 (prisma/orm#27403): the adapter cannot decode catalog columns of type
// `name` (OID 19) and `"char"` (OID 18) that the schema engine reads; relabel as text.
type FieldLike = { dataTypeID: number };
const resultProto = (pg as unknown as { Result: { prototype: { addFields(f: FieldLike[]): void } } })
  .Result.prototype;
const originalAddFields = resultProto.addFields;
resultProto.addFields = function addFields(fields: FieldLike[]) {
  for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  return originalAddFields.call(this, fields);
};

// Workaround 3: the adapter runs a migration script by splitting it at every ";",
// which breaks function bodies (PL/pgSQL, dollar quotes). Send the script whole
// instead: PostgreSQL runs a multi-statement simple query as one implicit
// transaction, so a failing migration also leaves nothing half-applied.
type ScriptRunner = { executeScript(script: string): Promise<void>; client: pg.Pool; onError(e: unknown): never };
function wholeScripts<T>(adapter: T): T {
  const a = adapter as unknown as ScriptRunner;
  a.executeScript = async (script: string) => {
    try {
      await a.client.query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

// Workaround 2: a shadow database that is really separate, dropped only after its
// adapter has closed its pool.
class ShadowAwarePrismaPg extends PrismaPg {
  constructor(private readonly cfg: pg.PoolConfig) {
    super(cfg);
  }
  async connect() {
    return wholeScripts(await super.connect());
  }
  async connectToShadowDb() {
    const name = `prisma_shadow_${randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Client(this.cfg);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const adapter = wholeScripts(await new PrismaPg({ ...this.cfg, database: name }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(this.cfg);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    };
    return adapter;
  }
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (the app's scripts set it for the embedded database).");
    return new ShadowAwarePrismaPg(pgConfigFromUrl(url));
  },
});
