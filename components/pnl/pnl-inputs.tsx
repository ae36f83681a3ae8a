"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Segmented } from "@/components/ui/segmented";
import { CsvImport } from "@/components/pnl/csv-import";
import { OtherCostForm } from "@/components/pnl/other-cost-form";
import { RevenueForm } from "@/components/pnl/revenue-form";
import { RevenueModelForm, type ModelFeature } from "@/components/pnl/revenue-model-form";

const TABS = [
  { value: "revenue", label: "Revenue" },
  { value: "costs", label: "Other costs" },
  { value: "model", label: "Revenue model" },
  { value: "import", label: "Import CSV" },
] as const;
type Tab = (typeof TABS)[number]["value"];

/** The P&L's inputs for the features this member manages: monthly revenue, other AI costs, revenue model, CSV import. */
export function PnlInputs({ features, defaultMonth }: { features: ModelFeature[]; defaultMonth: string }) {
  const [tab, setTab] = useState<Tab>("revenue");
  return (
    <Card title="Revenue and costs" subtitle="Per feature and month; a new amount for the same month replaces the old one, and every change is audited">
      <div className="mb-4">
        <Segmented label="Enter" value={tab} onChange={setTab} options={TABS} />
      </div>
      {tab === "revenue" && <RevenueForm features={features.filter((f) => f.revenueModel === "monthly")} defaultMonth={defaultMonth} />}
      {tab === "costs" && <OtherCostForm features={features} defaultMonth={defaultMonth} />}
      {tab === "model" && <RevenueModelForm features={features} />}
      {tab === "import" && <CsvImport features={features} />}
    </Card>
  );
}
