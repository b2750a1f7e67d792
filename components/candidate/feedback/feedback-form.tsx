"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { errorCode, formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextArea } from "@/components/ui/text-area";
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from "@/server/rules/feedback";
import { FEEDBACK_COMMENT_LIMIT } from "@/server/rules/limits";
import { RatingQuestion } from "./rating-question";

const NOT_RATED = "Choose a rating from 1 to 5.";

/** The candidate's rating of a closed plan: three questions, a comment, and whether the organisation may see their name. */
export function FeedbackForm({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ratings, setRatings] = useState<Record<FeedbackQuestion, number | null>>({ preparation: null, clarity: null, overall: null });
  const [unrated, setUnrated] = useState<FeedbackQuestion[]>([]);
  const mine = trpc.feedback.mine.queryKey({ planId });
  const submit = useMutation(
    trpc.feedback.submit.mutationOptions({
      onSuccess: (given) => queryClient.setQueryData(mine, { given, canSubmit: false, refusal: null }),
      // Rated meanwhile (another tab): the panel shows what was given.
      onError: (error) => {
        if (errorCode(error) === "CONFLICT") void queryClient.invalidateQueries({ queryKey: mine });
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.timeline.pathKey() }),
    }),
  );
  const errors = formErrors(submit.error, [...FEEDBACK_QUESTIONS, "comment", "showName"]);
  const errorOf = (q: FeedbackQuestion) => (unrated.includes(q) ? NOT_RATED : errors.fields[q]);

  return (
    <Form
      failure={unrated.length ? unrated : submit.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const missing = FEEDBACK_QUESTIONS.filter((q) => ratings[q] === null);
        setUnrated(missing);
        if (missing.length) return submit.reset();
        const data = new FormData(event.currentTarget);
        submit.mutate({
          planId,
          preparation: ratings.preparation!,
          clarity: ratings.clarity!,
          overall: ratings.overall!,
          comment: String(data.get("comment") ?? ""),
          showName: data.get("showName") === "on",
        });
      }}
    >
      {FEEDBACK_QUESTIONS.map((q) => (
        <RatingQuestion
          key={q}
          question={q}
          value={ratings[q]}
          error={errorOf(q)}
          onChange={(value) => {
            setRatings((r) => ({ ...r, [q]: value }));
            setUnrated((u) => u.filter((x) => x !== q));
          }}
        />
      ))}
      <TextArea label="Anything you'd like to tell them? (optional)" name="comment" rows={4} maxLength={FEEDBACK_COMMENT_LIMIT} error={errors.fields.comment} />
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input type="checkbox" name="showName" className="mt-0.5 size-4 accent-brand-600" />
        <span>
          Let the organisation see my name with this feedback
          <span className="block text-slate-600">Off: they read your ratings and comment as an anonymous candidate&apos;s.</span>
        </span>
      </label>
      <Button type="submit" pending={submit.isPending} pendingLabel="Sending…">
        Send feedback
      </Button>
    </Form>
  );
}
