import { Alert, Badge, List, Stack, Table, Text } from '@mantine/core';
import { formatFenCombined } from '../../../../../shared/format/money.ts';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  AGREEMENT_FORM_LABELS,
  CONFIRMATION_RESULT_LABELS,
  PERFORMANCE_STATUS_LABELS,
  type PerformanceStatus,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { DueDateText } from '../../CaseStatusBadge.tsx';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability, partyName } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { Block, Empty, Field, FieldGrid, SmallButton } from './Fields.tsx';
import { WholePerformanceSection } from './WholePerformance.tsx';

export const PERFORMANCE_COLORS: Readonly<Record<PerformanceStatus, string>> = {
  pending: 'gray',
  in_progress: 'blue',
  partially_performed: 'yellow',
  performed: 'green',
  not_performed: 'red',
};

export function AgreementTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const agreement = detail.agreement;
  if (!agreement) {
    const check = availability(detail, 'record_agreement');
    return (
      <Block
        title="调解协议"
        actions={
          check.offered &&
          check.blockedBy === null &&
          can('agreement.record') && (
            <SmallButton onClick={() => open({ kind: 'agreement' })}>登记协议</SmallButton>
          )
        }
      >
        <Empty>尚未达成协议。{check.offered && check.blockedBy ? check.blockedBy : ''}</Empty>
      </Block>
    );
  }
  const manage = availability(detail, 'manage_agreement').offered && can('agreement.updatePerformance');
  const confirmation = detail.judicialConfirmation;
  const open2 = agreement.effectiveOn !== null && agreement.confirmable;
  return (
    <Stack>
      <Block
        title={`调解协议（${AGREEMENT_FORM_LABELS[agreement.form]}）`}
        actions={
          manage && (
            <>
              {agreement.effectiveOn === null && (
                <SmallButton onClick={() => open({ kind: 'effective' })}>协议生效</SmallButton>
              )}
              {agreement.obligations.length > 0 && (
                <SmallButton onClick={() => open({ kind: 'performance' })}>履行情况</SmallButton>
              )}
            </>
          )
        }
      >
        <FieldGrid>
          <Field label="协议编号">{agreement.number ?? detail.caseNo}</Field>
          <Field label="达成日期">{agreement.concludedOn}</Field>
          <Field label="生效日期">
            {agreement.effectiveOn ?? (
              <Text size="sm" c="orange">
                尚未生效（签名盖章后登记）
              </Text>
            )}
          </Field>
          <Field label="司法确认申请期限">
            {agreement.confirmationDeadline ? (
              confirmation?.appliedOn ? (
                <Text size="sm">{`${agreement.confirmationDeadline}（已于 ${confirmation.appliedOn} 申请）`}</Text>
              ) : (
                <DueDateText dueDate={agreement.confirmationDeadline} withDays />
              )
            ) : agreement.confirmable ? (
              '生效后 30 日内'
            ) : (
              '不适用'
            )}
          </Field>
          <Field label="协议金额" span={2}>
            {agreement.totalAmountFen > 0 ? agreement.totalAmountText : '无金额'}
          </Field>
        </FieldGrid>
        {!agreement.confirmable && <Alert color="yellow">{agreement.notConfirmableReason}</Alert>}
        {agreement.facts && <Field label="纠纷主要事实、争议事项">{agreement.facts}</Field>}
        {agreement.oralContent && <Field label="口头协议内容">{agreement.oralContent}</Field>}
        <WholePerformanceSection detail={detail} />
        {agreement.obligations.length > 0 && (
          <Table withTableBorder striped aria-label="协议条款">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>条</Table.Th>
                <Table.Th>义务人 → 权利人</Table.Th>
                <Table.Th>内容</Table.Th>
                <Table.Th>金额</Table.Th>
                <Table.Th>履行期限</Table.Th>
                <Table.Th>方式、地点</Table.Th>
                <Table.Th>履行情况</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.obligations.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.seq}</Table.Td>
                  <Table.Td>
                    {partyName(detail, o.obligorId)}
                    {o.obligeeId ? ` → ${partyName(detail, o.obligeeId)}` : ''}
                  </Table.Td>
                  <Table.Td>{o.content}</Table.Td>
                  <Table.Td>{o.amountText ?? '—'}</Table.Td>
                  <Table.Td>{o.dueDate ?? '—'}</Table.Td>
                  <Table.Td>{[o.manner, o.place].filter(Boolean).join('，') || '—'}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Badge color={PERFORMANCE_COLORS[o.performanceStatus]} variant="light">
                        {PERFORMANCE_STATUS_LABELS[o.performanceStatus]}
                      </Badge>
                      {o.performedAmountFen !== null && (
                        <Text size="xs">已付 {formatFenCombined(o.performedAmountFen)}</Text>
                      )}
                      {o.performedOn && <Text size="xs">{o.performedOn}</Text>}
                      {o.performanceNote && (
                        <Text size="xs" c="dimmed">
                          {o.performanceNote}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {agreement.otherClauses.length > 0 && (
          <Field label="其他条款">
            <List size="sm">
              {agreement.otherClauses.map((c, i) => (
                <List.Item key={i}>{c}</List.Item>
              ))}
            </List>
          </Field>
        )}
        {agreement.performanceText && <Field label="履行方式、地点、期限">{agreement.performanceText}</Field>}
      </Block>
      {agreement.confirmable && (
        <Block
          title="司法确认"
          actions={
            open2 &&
            availability(detail, 'judicial_confirmation').offered &&
            can('agreement.judicialConfirmation') && (
              <SmallButton onClick={() => open({ kind: 'judicial' })}>
                {confirmation ? '修改' : '登记司法确认'}
              </SmallButton>
            )
          }
        >
          {confirmation ? (
            <FieldGrid>
              <Field label="受理法院">{confirmation.court}</Field>
              <Field label="申请日期">
                {confirmation.appliedOn && (
                  <Text size="sm" c={confirmation.late ? 'red' : undefined}>
                    {confirmation.appliedOn}
                    {confirmation.late ? '（已超过 30 日申请期限）' : ''}
                  </Text>
                )}
              </Field>
              <Field label="法院案号">{confirmation.courtCaseNo}</Field>
              <Field label="裁定">
                {confirmation.result
                  ? `${confirmation.decidedOn ?? ''} ${CONFIRMATION_RESULT_LABELS[confirmation.result]}`
                  : null}
              </Field>
              {confirmation.note && <Field label="备注">{confirmation.note}</Field>}
            </FieldGrid>
          ) : (
            <Empty>
              {agreement.effectiveOn
                ? `双方可在 ${agreement.confirmationDeadline ?? ''} 前共同向人民法院申请司法确认。`
                : '协议生效后 30 日内可以申请司法确认。'}
            </Empty>
          )}
        </Block>
      )}
    </Stack>
  );
}
