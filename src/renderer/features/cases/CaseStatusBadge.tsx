import { Badge } from '@mantine/core';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/types/dispute.ts';

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  return (
    <Badge variant="light" color="gray">
      {CASE_STATUS_LABELS[status]}
    </Badge>
  );
}
