// Queue webhook deliveries for newly raised alerts, inside the caller's transaction.
import "server-only";
import type pg from "pg";

export async function queueAlertDeliveries(client: pg.PoolClient, orgId: string, alertIds: string[]): Promise<void> {
  // placeholder until webhook endpoints exist: no endpoints, nothing to deliver
  void client;
  void orgId;
  void alertIds;
}
