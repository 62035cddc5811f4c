import { Badge, Table } from '@mantine/core';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  TRANSFER_FEEDBACK_RESULT_LABELS,
  TRANSFER_TARGET_KIND_LABELS,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { Block, Empty, SmallButton } from './Fields.tsx';

export function TransfersTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const canTransfer = availability(detail, 'transfer').offered && can('case.transfer');
  const canFeedback = availability(detail, 'transfer_feedback').offered && can('case.transferFeedback');
  return (
    <Block
      title="移交"
      actions={canTransfer && <SmallButton onClick={() => open({ kind: 'transfer' })}>移交/上报</SmallButton>}
    >
      {detail.transfers.length === 0 ? (
        <Empty>没有移交记录。</Empty>
      ) : (
        <Table withTableBorder striped aria-label="移交记录">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>移交日期</Table.Th>
              <Table.Th>接收单位</Table.Th>
              <Table.Th>原因</Table.Th>
              <Table.Th>反馈</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.transfers.map((t) => (
              <Table.Tr key={t.id}>
                <Table.Td>{t.transferredOn}</Table.Td>
                <Table.Td>
                  {t.targetName}（{TRANSFER_TARGET_KIND_LABELS[t.targetKind]}）
                  {t.isEscalation && (
                    <Badge ml={6} size="sm" variant="light">
                      上报
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{t.reason}</Table.Td>
                <Table.Td>
                  {t.feedbackOn
                    ? `${t.feedbackOn} ${t.feedbackResult ? TRANSFER_FEEDBACK_RESULT_LABELS[t.feedbackResult] : ''}${
                        t.feedbackNote ? `：${t.feedbackNote}` : ''
                      }`
                    : '等待反馈'}
                </Table.Td>
                <Table.Td>
                  {canFeedback && (
                    <SmallButton onClick={() => open({ kind: 'transferFeedback', transferId: t.id })}>
                      {t.feedbackOn ? '更新反馈' : '登记反馈'}
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
