"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

const links = [
  { href: "/settings/account", label: "Account" },
  { href: "/settings/organisation", label: "Organisation" },
] as const;

export function SettingsNav({ showOrganisation }: { showOrganisation: boolean }) {
  const pathname = usePathname();
  const shown = showOrganisation ? links : links.filter((l) => l.href !== "/settings/organisation");
  return (
    <nav aria-label="Settings" className="border-b border-slate-200">
      <ul className="-mb-px flex gap-6">
        {shown.map((link) => {
          const current = pathname === link.href;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "inline-block border-b-2 px-1 py-3 text-sm font-medium",
                  current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
