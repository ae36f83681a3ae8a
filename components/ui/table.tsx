// Shared table styling for the dashboard's data tables.
export const HEAD_ROW = "border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500";
export const BODY_ROW = "border-b border-slate-100 last:border-0";

/**
 * A table that scrolls sideways inside its card on narrow screens instead of
 * widening the page; focusable and named so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="-mx-1 overflow-x-auto px-1 focus-visible:outline-2 focus-visible:outline-indigo-600">
      {children}
    </div>
  );
}
