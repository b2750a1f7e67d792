import { Button } from "@/components/ui/button";

export interface PageNavProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

/** Previous and next page of the list. */
export function PageNav({ page, pageCount, onPage }: PageNavProps) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 border-t border-slate-200 pt-4">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">←</span> Previous
      </Button>
      <p className="text-sm text-slate-600">
        Page {Math.min(page, pageCount)} of {pageCount}
      </p>
      <Button variant="secondary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        Next <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}
