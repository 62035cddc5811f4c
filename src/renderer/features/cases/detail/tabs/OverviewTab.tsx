import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  APPLICATION_FORM_LABELS,
  CASE_SOURCE_LABELS,
  COURT_PROCEDURE_LABELS,
  DISPUTE_TYPE_LABELS,
  EXTERNAL_REF_KIND_LABELS,
  RISK_FACTOR_LABELS,
} from '../../../../../shared/types/disputeTaxonomy.ts';
import {
  CONSENT_FORM_LABELS,
  CONSENT_MODE_LABELS,
  RETENTION_PERIOD_LABELS,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import {
  ASSIGNMENT_END_REASON_LABELS,
  ASSIGNMENT_MODE_LABELS,
  ASSIGNMENT_ROLE_LABELS,
} from '../../../../../shared/types/partyTaxonomy.ts';
import { formatDateTime } from '../../../common/formatDateTime.ts';
import { RiskBadge } from '../../CaseStatusBadge.tsx';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability, partyName } from '../caseFacts.ts';
import { timeLimitText } from '../CaseHeader.tsx';
import { useCan } from '../useCan.ts';
import { Block, Empty, Field, FieldGrid, SmallButton } from './Fields.tsx';

export function OverviewTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const place = [detail.place.street, detail.place.community, detail.place.grid, detail.place.address]
    .filter(Boolean)
    .join(' ');
  const can = useCan();
  const canEdit = availability(detail, 'edit_details').offered && can('case.update');
  return (
    <Stack>
      <Block
        title="纠纷情况"
        actions={canEdit && <SmallButton onClick={() => open({ kind: 'edit' })}>修改案件信息</SmallButton>}
      >
        <Field label="纠纷简要情况">{detail.summary}</Field>
        <Field label="当事人申请事项">
          {detail.requests.length > 0 ? (
            <List type="ordered" size="sm">
              {detail.requests.map((r, i) => (
                <List.Item key={i}>{r}</List.Item>
              ))}
            </List>
          ) : null}
        </Field>
        <FieldGrid>
          <Field label="纠纷类型">{DISPUTE_TYPE_LABELS[detail.disputeType]}</Field>
          <Field label="纠纷子类">{detail.disputeSubtype?.name}</Field>
          <Field label="发生日期">{detail.occurredOn}</Field>
          <Field label="涉及人数">{`${detail.personsInvolved} 人${detail.isGroup ? '（群体性纠纷）' : ''}`}</Field>
          <Field label="纠纷发生地" span={2}>
            {place}
          </Field>
          <Field label="风险等级">
            <Group gap={4}>
              <RiskBadge level={detail.riskLevel} long />
            </Group>
          </Field>
          <Field label="风险因素">
            {detail.riskFactors.length > 0 ? (
              <Group gap={4}>
                {detail.riskFactors.map((f) => (
                  <Badge key={f} variant="light" color="gray" size="sm">
                    {RISK_FACTOR_LABELS[f]}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Field>
          {detail.riskNote && (
            <Field label="风险说明" span={4}>
              {detail.riskNote}
            </Field>
          )}
        </FieldGrid>
      </Block>

      <Block title="来源与受理">
        <FieldGrid>
          <Field label="案件来源">{CASE_SOURCE_LABELS[detail.source]}</Field>
          {detail.applicationForm && (
            <Field label="申请方式">{APPLICATION_FORM_LABELS[detail.applicationForm]}</Field>
          )}
          {detail.appliedOn && <Field label="申请日期">{detail.appliedOn}</Field>}
          {detail.externalRefs.map((r) => (
            <Field key={`${r.kind}:${r.value}`} label={EXTERNAL_REF_KIND_LABELS[r.kind]}>
              {r.value}
            </Field>
          ))}
          {detail.referralCourtProcedure && (
            <Field label="审理程序">{COURT_PROCEDURE_LABELS[detail.referralCourtProcedure]}</Field>
          )}
          {detail.referralReceivedOn && <Field label="收到委派/委托函">{detail.referralReceivedOn}</Field>}
          {detail.reporterName && (
            <Field label="反映人">{`${detail.reporterName}${detail.reporterPhone ? ` ${detail.reporterPhone}` : ''}`}</Field>
          )}
          {detail.sourceDetail && <Field label="来源说明">{detail.sourceDetail}</Field>}
          <Field label="登记">{`${formatDateTime(detail.registeredAt)}${detail.registrar ? ` ${detail.registrar}` : ''}`}</Field>
          <Field label="受理日期">{detail.acceptedOn}</Field>
          <Field label="同意调解">
            {detail.consentMode
              ? `${CONSENT_MODE_LABELS[detail.consentMode]}${detail.consentNote ? `：${detail.consentNote}` : ''}`
              : null}
          </Field>
          <Field label="调解期限">{timeLimitText(detail)}</Field>
          <Field label="期限届满">{detail.dueDate}</Field>
          {detail.closedOn && (
            <Field label="结案">{`${detail.closedOn}${detail.closingNote ? `：${detail.closingNote}` : ''}`}</Field>
          )}
          {detail.archivedOn && (
            <Field label="归档">
              {`${detail.archivedOn}，立卷人 ${detail.archiveFiler ?? ''}，保管期限 ${detail.retention ? RETENTION_PERIOD_LABELS[detail.retention] : ''}`}
            </Field>
          )}
        </FieldGrid>
      </Block>

      <Block title="指派记录">
        {detail.assignments.length === 0 ? (
          <Empty>尚未指派调解员。</Empty>
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>调解员</Table.Th>
                <Table.Th>角色</Table.Th>
                <Table.Th>方式</Table.Th>
                <Table.Th>指派</Table.Th>
                <Table.Th>结束</Table.Th>
                <Table.Th>利益冲突</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.assignments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.mediatorName}</Table.Td>
                  <Table.Td>{ASSIGNMENT_ROLE_LABELS[a.role]}</Table.Td>
                  <Table.Td>{ASSIGNMENT_MODE_LABELS[a.mode]}</Table.Td>
                  <Table.Td>
                    {formatDateTime(a.assignedAt)} {a.assignedBy}
                  </Table.Td>
                  <Table.Td>
                    {a.endedAt
                      ? `${formatDateTime(a.endedAt)} ${a.endReason ? ASSIGNMENT_END_REASON_LABELS[a.endReason] : ''}${
                          a.requestedByPartyId ? `（${partyName(detail, a.requestedByPartyId)}申请）` : ''
                        }${a.endNote ? `：${a.endNote}` : ''}`
                      : '在办'}
                  </Table.Td>
                  <Table.Td>
                    {a.conflicts.length === 0 ? (
                      '无'
                    ) : (
                      <Stack gap={2}>
                        {a.conflicts.map((c) => (
                          <Text size="xs" c="red" key={c.message}>
                            {c.message}
                          </Text>
                        ))}
                        <Text size="xs">仍指派理由：{a.overrideReason}</Text>
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Block>

      {detail.extensions.length > 0 && (
        <Block title="延期记录">
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>原期限</Table.Th>
                <Table.Th>延长至</Table.Th>
                <Table.Th>原因</Table.Th>
                <Table.Th>当事人同意</Table.Th>
                <Table.Th>登记</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.extensions.map((x) => (
                <Table.Tr key={x.id}>
                  <Table.Td>{x.previousDueDate}</Table.Td>
                  <Table.Td>{x.newDueDate}</Table.Td>
                  <Table.Td>{x.reason}</Table.Td>
                  <Table.Td>
                    {x.consents
                      .map(
                        (c) =>
                          `${partyName(detail, c.partyId)} ${c.consentedOn} ${CONSENT_FORM_LABELS[c.form]}`,
                      )
                      .join('；')}
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(x.recordedAt)} {x.recordedBy}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Block>
      )}
    </Stack>
  );
}
