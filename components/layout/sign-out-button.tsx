"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

/**
 * Sign out, then go to /login on the host the user is on: next-auth's own
 * redirect would resolve against NEXTAUTH_URL (e.g. localhost) instead.
 */
export function SignOutButton({ className = "text-xs text-slate-600 hover:text-slate-900" }: { className?: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/login");
        router.refresh();
      }}
      className={`${className} rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600`}
    >
      Sign out
    </button>
  );
}
