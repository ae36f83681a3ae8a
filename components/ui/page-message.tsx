import Link from "next/link";

/** A full-page message inside the app frame (not found, not allowed) with a way back. */
export function PageMessage({ title, children, code }: { title: string; children: React.ReactNode; code?: number }) {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      {code && <p className="text-sm font-medium text-slate-600">{code}</p>}
      <h1 className="mt-1 text-lg font-semibold tracking-tight text-slate-900">{title}</h1>
      <div className="mt-2 text-sm text-slate-700">{children}</div>
      <Link href="/overview" className="mt-4 inline-block rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
        Back to the overview
      </Link>
    </div>
  );
}
