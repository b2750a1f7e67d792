"use client";

import { useId } from "react";
import { FieldError } from "@/components/ui/field-parts";
import { cx } from "@/components/ui/cx";
import { FEEDBACK_QUESTION_LABEL, RATING_LABEL, RATING_VALUES, type FeedbackQuestion } from "@/server/rules/feedback";

interface RatingQuestionProps {
  question: FeedbackQuestion;
  value: number | null;
  onChange: (value: number) => void;
  error?: string;
}

/** One question as a radio group of 1 to 5, its legend the question. */
export function RatingQuestion({ question, value, onChange, error }: RatingQuestionProps) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{FEEDBACK_QUESTION_LABEL[question]}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {RATING_VALUES.map((rating, index) => (
          <label
            key={rating}
            className={cx(
              "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              value === rating ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-slate-300 hover:bg-slate-50",
            )}
          >
            <input
              type="radio"
              name={question}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              aria-invalid={error && index === 0 ? true : undefined}
              className="size-4 accent-brand-600"
            />
            <span className="text-slate-900">{RATING_LABEL[rating]}</span>
          </label>
        ))}
      </div>
      <div className="mt-2">
        <FieldError id={id} error={error} />
      </div>
    </fieldset>
  );
}
