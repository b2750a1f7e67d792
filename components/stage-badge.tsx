import type { PlanStage } from "@/server/rules/enums";
import { Badge } from "@/components/ui/badge";
import { STAGE_LABELS } from "@/server/rules/stages";
import { STAGE_LABEL_FOR_CANDIDATE, STAGE_TONE } from "@/server/rules/labels";

export function StageBadge({ stage, forCandidate = false }: { stage: PlanStage; forCandidate?: boolean }) {
  return (
    <Badge tone={STAGE_TONE[stage]}>
      <span className="sr-only">Stage: </span>
      {(forCandidate ? STAGE_LABEL_FOR_CANDIDATE : STAGE_LABELS)[stage]}
    </Badge>
  );
}
