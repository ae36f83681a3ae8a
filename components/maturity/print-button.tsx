"use client";

/** Print the page (print CSS drops the navigation and buttons). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 print:hidden">
      Print
    </button>
  );
}
