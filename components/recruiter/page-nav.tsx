import { Button } from "@/components/ui/button";

export interface PageNavProps {
  /** Where this page sits in the list, e.g. "Showing 21–40 of 1,234". */
  range: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous and next page of the list: the list pages by cursor, so there is no "page 7 of 60" to jump to. */
export function PageNav({ range, hasPrevious, hasNext, onPrevious, onNext }: PageNavProps) {
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 border-t border-slate-200 pt-4">
      <Button variant="secondary" disabled={!hasPrevious} onClick={onPrevious}>
        <span aria-hidden="true">←</span> Previous
      </Button>
      <p className="text-center text-sm text-slate-600">{range}</p>
      <Button variant="secondary" disabled={!hasNext} onClick={onNext}>
        Next <span aria-hidden="true">→</span>
      </Button>
    </nav>
  );
}
