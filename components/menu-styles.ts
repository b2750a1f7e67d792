/** Shared look of the header's dropdown menus. */
export const menuContent =
  "z-50 min-w-56 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-1 text-sm shadow-lg";
export const menuItem =
  "flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-slate-800 outline-none select-none data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-800";
export const menuTrigger =
  "flex min-h-10 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100";
