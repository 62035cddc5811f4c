import { Badge, Text, Tooltip } from '@mantine/core';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../shared/types/dispute.ts';
import { RISK_LEVEL_LABELS, type RiskLevel } from '../../../shared/types/disputeTaxonomy.ts';
import { DUE_TONE_COLORS, RISK_COLORS, RISK_SHORT_LABELS, STATUS_COLORS, dueInfo } from './caseUi.ts';

export function CaseStatusBadge({ status, size = 'md' }: { status: CaseStatus; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size={size}>
      {CASE_STATUS_LABELS[status]}
    </Badge>
  );
}

/** 红/橙/黄/蓝 as a filled badge; the full wording (红色（重大）) on hover and for screen readers. */
export function RiskBadge({ level, long = false }: { level: RiskLevel | null; long?: boolean }) {
  if (level === null)
    return (
      <Text size="sm" c="dimmed">
        未评估
      </Text>
    );
  return (
    <Tooltip label={RISK_LEVEL_LABELS[level]}>
      <Badge
        color={RISK_COLORS[level]}
        variant="filled"
        autoContrast
        aria-label={`风险${RISK_LEVEL_LABELS[level]}`}
      >
        {long ? RISK_LEVEL_LABELS[level] : RISK_SHORT_LABELS[level]}
      </Badge>
    </Tooltip>
  );
}

/** A due date with its state: red when overdue, orange when due within a week. */
export function DueDateText({
  dueDate,
  today,
  withDays = false,
}: {
  dueDate: string | null;
  today?: string;
  withDays?: boolean;
}) {
  if (dueDate === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const info = dueInfo(dueDate, today);
  const color = DUE_TONE_COLORS[info.tone];
  return (
    <Text size="sm" c={color} fw={color ? 600 : undefined} title={info.text} span>
      {dueDate}
      {withDays || info.tone !== 'ok' ? `（${info.text}）` : ''}
    </Text>
  );
}
