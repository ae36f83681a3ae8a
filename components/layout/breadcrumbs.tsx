import Link from "next/link";
import { UserText } from "@/components/ui/user-text";

/** Where a detail page sits: each crumb links up; the last is the current page. */
export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((c, i) => (
          <li key={`${i}-${c.label}`} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            {c.href && i < items.length - 1 ? (
              <Link href={c.href} className="underline-offset-2 hover:underline"><UserText>{c.label}</UserText></Link>
            ) : (
              <span aria-current="page" className="text-slate-900"><UserText>{c.label}</UserText></span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
