import type { Route } from "next";
import Link from "next/link";
import type { ComponentProps } from "react";
import { cx } from "./cx";

export const textLinkClasses = "rounded font-medium text-brand-700 underline decoration-brand-600/30 underline-offset-2 hover:decoration-brand-700";

export function TextLink({ className, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { href: Route }) {
  return <Link className={cx(textLinkClasses, className)} {...props} />;
}
