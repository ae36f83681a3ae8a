import { INPUT, LABEL } from "@/components/ui/form";

/** The feature and month every P&L input form starts with. */
export function FeatureMonthFields({ features, feature, onFeature, month, onMonth }: {
  features: { key: string; name: string }[]; feature: string; onFeature: (key: string) => void; month: string; onMonth: (month: string) => void;
}) {
  return (
    <>
      <label className={LABEL}>Feature
        <select className={INPUT} value={feature} onChange={(e) => onFeature(e.target.value)}>
          {features.map((f) => <option key={f.key} value={f.key}>{f.name}</option>)}
        </select>
      </label>
      <label className={LABEL}>Month
        <input className={INPUT} type="month" required value={month} onChange={(e) => onMonth(e.target.value)} />
      </label>
    </>
  );
}
