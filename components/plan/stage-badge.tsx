import type { PlanStage } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { STAGE_LABELS } from "@/server/domain/plan-stages";
import { STAGE_TONES } from "./labels";

export function StageBadge({ stage }: { stage: PlanStage }) {
  return (
    <Badge tone={STAGE_TONES[stage]}>
      <span className="sr-only">Stage: </span>
      {STAGE_LABELS[stage]}
    </Badge>
  );
}
