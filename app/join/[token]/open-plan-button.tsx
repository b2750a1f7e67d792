"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { AcceptLinkButton } from "@/components/auth/accept-link-button";
import { errorCode } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { interviewPath } from "@/server/rules/plan-urls";

/** The candidate's invitation: spent on the press of the button, then their plan opens. */
export function OpenPlanButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.join.accept.mutationOptions());
  return (
    <AcceptLinkButton
      token={token}
      accept={accept}
      pathOf={interviewPath}
      words={{
        ready: "Your plan is ready",
        signInTitle: "Your plan is ready: sign in to open it",
        refused: "This link no longer works",
        label: "Open my plan",
        pending: "Opening your plan…",
      }}
      refusedHelp={(error) =>
        errorCode(error) === "BAD_REQUEST" && (
          <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
            See what you can do
          </Button>
        )
      }
    />
  );
}
