"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/lib/hooks/fetch-json";
import { revenueResponseSchema, type EntryResult } from "@/lib/pnl/entry-schemas";

export type EntryMessage = { ok: boolean; text: string };

/**
 * Send P&L input items (revenue or other costs) and refresh the server-rendered
 * figures when something was stored. Returns each item's result in order.
 */
export function useEntrySubmit(url: "/api/v1/revenue" | "/api/v1/costs", opts: { csv?: boolean } = {}) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<EntryMessage | null>(null);
  async function submit(items: unknown[], describe: (stored: number) => string): Promise<EntryResult[] | null> {
    setBusy(true);
    setMessage(null);
    try {
      const res = revenueResponseSchema.parse(
        await sendJson("POST", url, { items }, opts.csv ? { "x-costwise-source": "csv" } : undefined),
      );
      const firstError = res.results.find((r) => r.status === "rejected")?.error;
      if (res.stored > 0) router.refresh();
      setMessage(
        res.rejected === 0
          ? { ok: true, text: describe(res.stored) }
          : { ok: false, text: `${res.stored > 0 ? `${describe(res.stored)} ` : ""}${res.rejected} rejected${firstError ? ` (${firstError.field ? `${firstError.field}: ` : ""}${firstError.message})` : ""}.` },
      );
      return res.results;
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
      return null;
    } finally {
      setBusy(false);
    }
  }
  return { busy, message, submit, setMessage };
}
