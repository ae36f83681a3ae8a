// Shared table styling for the dashboard's data tables.
export const HEAD_ROW = "border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500";
export const BODY_ROW = "border-b border-slate-100 last:border-0";
