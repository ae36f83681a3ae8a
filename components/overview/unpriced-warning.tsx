import { UserText } from "@/components/ui/user-text";
import { formatCount } from "@/lib/format/number";
import type { Overview } from "@/lib/overview/schemas";

/** "N models have no price (…): their R requests count as $0." — model names isolated. */
export function UnpricedWarning({ models }: { models: Overview["unpricedModels"] }) {
  if (models.length === 0) return null;
  const requests = models.reduce((s, m) => s + m.requests, 0);
  return (
    <p className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-800" data-testid="unpriced-warning">
      {models.length} model{models.length > 1 ? "s have" : " has"} no price (
      {models.map((m, i) => (
        <span key={`${m.provider}/${m.model}`}>
          {i > 0 && ", "}
          <UserText>{m.model}</UserText>
        </span>
      ))}
      ): their {formatCount(requests)} requests count as $0.
    </p>
  );
}
