"use client";

import { useEffect, useRef, useState } from "react";
import { NavLinks } from "@/components/layout/nav-links";
import { SignOutButton } from "@/components/layout/sign-out-button";

/** Below the desktop breakpoint: a menu button opening the navigation (sign-out included) as a dialog. */
export function MobileNav({ orgName, email, role, badges }: { orgName: string; email: string; role: string; badges: { openAlerts?: number } }) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>("a, button")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="mobile-nav"
        onClick={() => setOpen(true)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
      >
        Menu
      </button>
      {open && (
        <div className="fixed inset-0 z-50 flex">
          <div className="absolute inset-0 bg-slate-900/40" aria-hidden="true" onClick={() => setOpen(false)} />
          <div ref={panel} id="mobile-nav" role="dialog" aria-modal="true" aria-label="Navigation" className="relative flex w-72 max-w-[85%] flex-col bg-white px-3 py-5 shadow-xl">
            <div className="mb-4 flex items-center justify-between px-3">
              <p className="text-sm text-slate-600">{orgName}</p>
              <button type="button" onClick={() => { setOpen(false); button.current?.focus(); }} className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600">
                Close
              </button>
            </div>
            <nav aria-label="Main">
              <NavLinks badges={badges} onNavigate={() => setOpen(false)} />
            </nav>
            <div className="mt-auto border-t border-slate-100 px-3 pt-4">
              <p className="truncate text-xs font-medium text-slate-800">{email}</p>
              <p className="mb-2 text-xs capitalize text-slate-600">{role}</p>
              <SignOutButton />
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
