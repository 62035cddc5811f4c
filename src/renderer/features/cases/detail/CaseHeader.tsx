import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconFileText, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { CLOCK_RUNNING_STATUSES } from '../../../../shared/types/caseStatus.ts';
import type { CaseDetail } from '../../../../shared/types/dispute.ts';
import {
  CASE_SOURCE_LABELS,
  COURT_PROCEDURE_LABELS,
  DISPUTE_TYPE_LABELS,
} from '../../../../shared/types/disputeTaxonomy.ts';
import { ADVISED_CHANNEL_LABELS } from '../../../../shared/types/outcomeTaxonomy.ts';
import { ASSIGNMENT_ROLE_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/types/partyTaxonomy.ts';
import { CaseStatusBadge, DueDateText, RiskBadge } from '../CaseStatusBadge.tsx';
import { activeAssignments, principals } from './caseFacts.ts';
import { caseNoLabel } from '../../../../shared/cases/caseNoLabel.ts';

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <div>{typeof children === 'string' ? <Text size="sm">{children}</Text> : children}</div>
    </Group>
  );
}

/** 调解期限 N 日, with where the number comes from for court referrals (domain §2.5). */
export function timeLimitText(detail: CaseDetail): string | null {
  if (detail.timeLimitDays === null) return null;
  const basis =
    detail.source === 'court_assigned'
      ? '人民法院委派'
      : detail.source === 'court_entrusted'
        ? `人民法院委托，${COURT_PROCEDURE_LABELS[detail.referralCourtProcedure ?? 'ordinary']}`
        : null;
  return `${detail.timeLimitDays} 日${basis ? `（${basis}）` : ''}`;
}

export function CaseHeader({ detail, actions }: { detail: CaseDetail; actions: ReactNode }) {
  const mediators = activeAssignments(detail);
  const refused = detail.parties.filter((p) => p.refusedOn !== null);
  const running = CLOCK_RUNNING_STATUSES.includes(detail.status);
  const limit = timeLimitText(detail);
  return (
    <Stack gap="xs">
      <Breadcrumbs>
        <Anchor component={Link} href="/cases">
          案件
        </Anchor>
        <Text>{caseNoLabel(detail.caseNo, detail.status)}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="center" wrap="nowrap">
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {detail.title}
          </Title>
          <CaseStatusBadge status={detail.status} size="lg" />
        </Group>
        <Button
          component={Link}
          href={`/cases/${detail.id}/documents`}
          variant="light"
          leftSection={<IconFileText size={16} />}
        >
          文书与卷宗
        </Button>
      </Group>
      <Group gap="lg" aria-label="案件概要" role="group">
        <Meta label="案号">{caseNoLabel(detail.caseNo, detail.status)}</Meta>
        <Meta label="类型">
          {`${DISPUTE_TYPE_LABELS[detail.disputeType]}${detail.disputeSubtype ? `（${detail.disputeSubtype.name}）` : ''}`}
        </Meta>
        <Meta label="来源">{CASE_SOURCE_LABELS[detail.source]}</Meta>
        <Meta label="风险">
          <RiskBadge level={detail.riskLevel} long />
        </Meta>
        {limit && <Meta label="调解期限">{limit}</Meta>}
        {detail.dueDate && (
          <Meta label="到期">
            {running ? (
              <DueDateText dueDate={detail.dueDate} withDays />
            ) : (
              <Text size="sm">{detail.dueDate}</Text>
            )}
          </Meta>
        )}
        <Meta label="当事人">
          {principals(detail).length === 0 ? (
            <Text size="sm" c="dimmed">
              未登记
            </Text>
          ) : (
            principals(detail)
              .map((p) => `${p.name}（${PARTY_ROLE_LABELS[p.role]}）`)
              .join('、')
          )}
        </Meta>
        <Meta label="调解员">
          {mediators.length === 0 ? (
            <Text size="sm" c="dimmed">
              未指派
            </Text>
          ) : (
            <Group gap={4}>
              {mediators.map((a) => (
                <Badge key={a.id} variant="outline" color={a.role === 'lead' ? 'indigo' : 'gray'}>
                  {a.mediatorName}（{ASSIGNMENT_ROLE_LABELS[a.role].replace('调解员', '')}）
                </Badge>
              ))}
            </Group>
          )}
        </Meta>
      </Group>
      {detail.nextStep.text && (
        <Text size="sm" role="note" aria-label="下一步">
          <Text span fw={600}>
            下一步{detail.nextStep.step ? `（${detail.nextStep.step}）` : ''}：
          </Text>
          {detail.nextStep.text}
        </Text>
      )}
      {refused.length > 0 && (detail.status === 'registered' || running) && (
        <Alert color="red" icon={<IconBan />} title="当事人明确拒绝调解">
          {refused.map((p) => `${p.name}（${p.refusedOn}）`).join('、')}
          已明确拒绝调解，依法不得调解（人民调解法第十七条），
          {detail.status === 'registered' ? '只能不予受理。' : '只能终止调解。'}
        </Alert>
      )}
      {detail.disposal &&
        (detail.status === 'rejected' ||
          detail.status === 'terminated' ||
          detail.status === 'closed' ||
          detail.status === 'archived') && (
          <Alert
            color={detail.status === 'rejected' ? 'pink' : 'orange'}
            title={detail.status === 'rejected' ? '不予受理' : '终止调解'}
          >
            {detail.disposal.on}：{detail.disposal.reason}。已告知当事人可
            {detail.disposal.channels.map((c) => ADVISED_CHANNEL_LABELS[c]).join('、')}
            {detail.disposal.advice ? `（${detail.disposal.advice}）` : ''}。
          </Alert>
        )}
      {detail.status === 'archived' && (
        <Alert color="gray" icon={<IconLock />}>
          已于 {detail.archivedOn} 归档（立卷人 {detail.archiveFiler}），只能查看，不能修改。
        </Alert>
      )}
      {detail.status === 'voided' && (
        <Alert color="gray" icon={<IconLock />} title="已作废">
          {detail.voidReason}
        </Alert>
      )}
      {actions}
    </Stack>
  );
}
