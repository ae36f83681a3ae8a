import type { Position } from "@/lib/benchmarks/bands";
import { POSITION_LABELS } from "@/lib/benchmarks/bands";
import type { BandScale as Scale } from "@/lib/charts/prepare-band-scale";

/** Zone colours, worst to best; the zones are also named in text below the bar and in the figure's label. */
export const ZONE_CLASS: Record<Position, string> = {
  low: "bg-rose-200",
  below_median: "bg-amber-100",
  median: "bg-sky-200",
  above_median: "bg-teal-100",
  elite: "bg-emerald-300",
};

/** A horizontal scale of the benchmark's bands with the org's marker; the whole figure is described in words for screen readers. */
export function BandScale({ scale, display, position, label }: { scale: Scale; display: string | null; position: Position | null; label: string }) {
  const bands = scale.zones.filter((z) => z.range).map((z) => `${z.name} ${z.range}`).join(", ");
  const where = position && display ? `; this org: ${display}, ${POSITION_LABELS[position].toLowerCase()}` : "; no value for this org";
  const x = scale.marker;
  return (
    <figure role="img" aria-label={`${label} bands, worst to best: ${bands}${where}`} className="select-none">
      <div className="relative h-6">
        {x !== null && (
          <span className="absolute top-0 whitespace-nowrap text-xs font-semibold text-slate-900" style={{ left: `${x}%`, transform: `translateX(-${x}%)` }}>
            You · {display}
          </span>
        )}
      </div>
      <div className="relative flex h-4 overflow-hidden rounded-full ring-1 ring-slate-300">
        {scale.zones.map((z) => <div key={z.position} className={`${ZONE_CLASS[z.position]} h-full ${z.start > 0 ? "border-l border-white" : ""}`} style={{ width: `${z.width}%` }} />)}
      </div>
      <div className="relative h-0">
        {x !== null && <span data-testid="band-marker" className="absolute -top-5 h-6 w-1 -translate-x-1/2 rounded-full bg-slate-900 ring-2 ring-white" style={{ left: `${x}%` }} />}
      </div>
      <div className="mt-2 flex text-[11px] leading-tight text-slate-600">
        {scale.zones.map((z) => (
          <div key={z.position} className="min-w-0 px-0.5 text-center" style={{ width: `${z.width}%` }}>
            {z.range && (
              <>
                <span className="block font-medium text-slate-800">{z.name}</span>
                <span className="block break-words">{z.range}</span>
              </>
            )}
          </div>
        ))}
      </div>
    </figure>
  );
}
