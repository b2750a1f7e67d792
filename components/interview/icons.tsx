import type { ComponentProps } from "react";

/** Small line icons; always decorative (aria-hidden): the text next to them carries the meaning. */
function Icon({ children, className = "size-4", ...props }: ComponentProps<"svg">) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      {...props}
    >
      {children}
    </svg>
  );
}

export const LockIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </Icon>
);

export const ArrowUpIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M12 19V5M5 12l7-7 7 7" />
  </Icon>
);

export const ArrowDownIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M12 5v14M19 12l-7 7-7-7" />
  </Icon>
);

export const PencilIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M12 20h9" />
    <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
  </Icon>
);

export const TrashIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6" />
  </Icon>
);

export const CalendarIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <rect x="3" y="4" width="18" height="18" rx="2" />
    <path d="M16 2v4M8 2v4M3 10h18" />
  </Icon>
);

export const CheckIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M20 6 9 17l-5-5" />
  </Icon>
);

export const FlagIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M4 22V4a1 1 0 0 1 1-1h12l-2 4 2 4H5" />
  </Icon>
);

export const ExternalIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="M15 3h6v6M10 14 21 3M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6" />
  </Icon>
);

export const ChevronIcon = (p: ComponentProps<"svg">) => (
  <Icon {...p}>
    <path d="m6 9 6 6 6-6" />
  </Icon>
);
