import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentMember } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";

export const metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getCurrentMember()) redirect("/overview");
  const oauth = authOptions.providers.filter((p) => p.id !== "credentials").map((p) => ({ id: p.id, name: p.name }));
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6">
          <p className="text-lg font-semibold tracking-tight">
            <span className="text-indigo-600" aria-hidden="true">◆</span> Costwise
          </p>
          <h1 className="mt-3 text-base font-semibold text-slate-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">What every AI feature costs and earns.</p>
        </div>
        <Suspense>
          <LoginForm oauth={oauth} />
        </Suspense>
      </div>
    </main>
  );
}
