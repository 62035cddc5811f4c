import { Badge, Table, Text } from '@mantine/core';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  FOLLOW_UP_METHOD_LABELS,
  FOLLOW_UP_REASON_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  PERFORMANCE_STATUS_LABELS,
  SATISFACTION_LABELS,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { DueDateText } from '../../CaseStatusBadge.tsx';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability, partyName } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { PERFORMANCE_COLORS } from './AgreementTab.tsx';
import { Block, Empty, SmallButton } from './Fields.tsx';

const STATUS_COLOR = { planned: 'blue', done: 'green', cancelled: 'gray' } as const;

export function FollowUpsTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const canRecord = availability(detail, 'record_follow_up').offered && can('followUp.record');
  const rows = [...detail.followUps].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <Block
      title={`回访（${detail.followUps.filter((f) => f.status === 'done').length}/${detail.followUps.length}）`}
      actions={
        canRecord && (
          <>
            <SmallButton onClick={() => open({ kind: 'followUpSchedule' })}>安排回访</SmallButton>
            <SmallButton onClick={() => open({ kind: 'followUp' })}>登记回访</SmallButton>
          </>
        )
      }
    >
      {rows.length === 0 ? (
        <Empty>
          {detail.agreement
            ? '没有回访任务。'
            : '达成协议后，系统按协议生效日期和各条款的履行期限自动安排回访。'}
        </Empty>
      ) : (
        <Table withTableBorder striped aria-label="回访记录" styles={{ th: { whiteSpace: 'nowrap' } }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>计划日期</Table.Th>
              <Table.Th>事由</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>回访</Table.Th>
              <Table.Th>履行情况</Table.Th>
              <Table.Th>满意度</Table.Th>
              <Table.Th>回访情况</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.status === 'planned' ? <DueDateText dueDate={f.dueOn} /> : f.dueOn}</Table.Td>
                <Table.Td>{FOLLOW_UP_REASON_LABELS[f.reason]}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATUS_COLOR[f.status]}>
                    {FOLLOW_UP_STATUS_LABELS[f.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {f.visitedOn
                    ? `${f.visitedOn} ${f.method ? FOLLOW_UP_METHOD_LABELS[f.method] : ''} ${f.visitor ?? ''}；${f.partyIds
                        .map((id) => partyName(detail, id))
                        .join('、')}`
                    : '—'}
                </Table.Td>
                <Table.Td>
                  {f.performanceFound ? (
                    <Badge variant="light" color={PERFORMANCE_COLORS[f.performanceFound]}>
                      {PERFORMANCE_STATUS_LABELS[f.performanceFound]}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>{f.satisfaction ? SATISFACTION_LABELS[f.satisfaction] : '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {f.situation ?? ''}
                    {f.measures ? `\n措施：${f.measures}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {f.status === 'planned' && canRecord && (
                    <SmallButton onClick={() => open({ kind: 'followUp', followUpId: f.id })}>
                      登记
                    </SmallButton>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Block>
  );
}
