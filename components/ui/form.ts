// Shared classes of form controls (visible focus ring everywhere).
export const INPUT =
  "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";
export const PRIMARY_BUTTON =
  "rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-800 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";
export const LABEL = "text-sm text-slate-700";
