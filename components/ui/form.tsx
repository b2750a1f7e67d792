"use client";

import { useEffect, useRef, type ComponentProps } from "react";
import { Alert } from "./alert";
import { cx } from "./cx";

type FormProps = ComponentProps<"form"> & {
  /** Shown above the fields when the failure is not about one field. */
  formError?: string;
  /** The failure itself: each new one moves focus to the first field in error. */
  failure?: unknown;
};

/**
 * The browser's own validation bubbles are turned off (noValidate) so every
 * message comes from the same rules the server applies, next to its field.
 * method="post" matters only before hydration: a form sent natively then must
 * not put a password into the address bar and the server logs.
 */
export function Form({ formError, failure, className, children, ...props }: FormProps) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (failure) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);
  return (
    <form ref={ref} method="post" noValidate className={cx("space-y-5", className)} {...props}>
      {formError && <Alert>{formError}</Alert>}
      {children}
    </form>
  );
}
