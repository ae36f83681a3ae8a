/** "Export CSV" for a table: a download link to its export route with the view's filters. */
export function CsvExportLink({ href, label = "Export CSV" }: { href: string; label?: string }) {
  return (
    <a href={href} download className="rounded-md border border-slate-300 px-2.5 py-1 text-xs text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
      {label}
    </a>
  );
}
