import type { PlanStage } from "@/db/schema/enums";
import { Badge } from "@/components/ui/badge";
import { STAGE_LABELS } from "@/server/domain/plan-stages";
import { STAGE_LABEL_FOR_CANDIDATE, STAGE_TONE } from "./labels";

export function StageBadge({ stage, forCandidate = false }: { stage: PlanStage; forCandidate?: boolean }) {
  return (
    <Badge tone={STAGE_TONE[stage]}>
      <span className="sr-only">Stage: </span>
      {(forCandidate ? STAGE_LABEL_FOR_CANDIDATE : STAGE_LABELS)[stage]}
    </Badge>
  );
}
