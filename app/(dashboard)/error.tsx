"use client";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto mt-16 max-w-lg rounded-xl border border-rose-200 bg-white p-6 text-sm shadow-sm">
      <p className="font-semibold text-rose-700">This page could not be loaded.</p>
      <p className="mt-2 text-slate-600">
        {error.digest ? "The server hit an error (the database may be unavailable). " : error.message}
        Try again in a moment; if it persists, check <code className="font-mono">/api/health</code>.
      </p>
      <button onClick={reset} className="mt-4 rounded-md bg-slate-900 px-3 py-1.5 text-white hover:bg-slate-800">Try again</button>
    </div>
  );
}
