/** Shared by Modal and ConfirmDialog, so both kinds of dialog look alike. */
export const dialogClasses = {
  overlay: "fixed inset-0 z-40 bg-slate-900/40",
  content:
    "fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl",
  title: "text-lg font-semibold text-slate-900",
  description: "mt-2 text-sm text-slate-600",
  actions: "flex flex-col-reverse gap-3 sm:flex-row sm:justify-end",
};
