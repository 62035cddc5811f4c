import { Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import type { Party, PartyPersonalData } from '../../../../../shared/types/party.ts';
import { NOTICE_FORM_LABELS } from '../../../../../shared/types/outcomeTaxonomy.ts';
import {
  AGENT_AUTHORITY_LABELS,
  ID_TYPE_LABELS,
  PARTY_FLAG_LABELS,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
} from '../../../../../shared/types/partyTaxonomy.ts';
import { useApiClient } from '../../../../api/ApiProvider.tsx';
import { showApiError } from '../../../common/showApiError.ts';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability, partyName } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { Block, Empty, Field, FieldGrid, SmallButton } from './Fields.tsx';

function PartyCard({ detail, party, open }: { detail: CaseDetail; party: Party; open: OpenDialog }) {
  const client = useApiClient();
  const [revealed, setRevealed] = useState<PartyPersonalData | null>(null);
  const [revealing, setRevealing] = useState(false);
  const natural = party.kind === 'natural';
  const notices = detail.rightsNotices.filter((n) => n.partyId === party.id);
  const can = useCan();
  const canManage = availability(detail, 'manage_parties').offered && can('party.update');
  const canRefuse =
    availability(detail, 'record_refusal').offered &&
    can('party.recordRefusal') &&
    party.refusedOn === null &&
    party.principalId === null;
  const masked = (party.idNumber ?? '').includes('*') || party.contacts.some((c) => c.value.includes('*'));
  const idNumber = revealed ? revealed.idNumber : party.idNumber;
  const contacts = revealed ? revealed.contacts : party.contacts;
  const address = revealed ? revealed.address : party.address;

  async function reveal(): Promise<void> {
    setRevealing(true);
    try {
      setRevealed(await client.call('party.reveal', { caseId: detail.id, partyId: party.id }));
    } catch (error) {
      showApiError(error, '无法查看完整信息');
    } finally {
      setRevealing(false);
    }
  }

  return (
    <Paper withBorder p="md" component="article" aria-label={`${PARTY_ROLE_LABELS[party.role]}${party.name}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={700}>{party.name}</Text>
            <Badge variant="light">{PARTY_ROLE_LABELS[party.role]}</Badge>
            <Badge variant="outline" color="gray">
              {PARTY_KIND_LABELS[party.kind]}
            </Badge>
            {party.flags.map((f) => (
              <Badge key={f} variant="light" color="grape" size="sm">
                {PARTY_FLAG_LABELS[f]}
              </Badge>
            ))}
            {party.refusedOn && (
              <Badge color="red" variant="filled">
                {party.refusedOn} 拒绝调解
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {masked && !revealed && can('party.reveal') && (
              <Tooltip label="显示完整的证件号码和电话（查看记录写入审计日志）">
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconEye size={14} />}
                  loading={revealing}
                  onClick={() => void reveal()}
                >
                  查看完整信息
                </Button>
              </Tooltip>
            )}
            {canManage && (
              <SmallButton onClick={() => open({ kind: 'party', partyId: party.id })}>修改</SmallButton>
            )}
            {canRefuse && (
              <SmallButton color="orange" onClick={() => open({ kind: 'refusal', partyId: party.id })}>
                拒绝调解
              </SmallButton>
            )}
            {canManage && detail.status === 'registered' && (
              <SmallButton color="red" onClick={() => open({ kind: 'removeParty', partyId: party.id })}>
                删除
              </SmallButton>
            )}
          </Group>
        </Group>
        <FieldGrid>
          {natural && <Field label="性别">{party.sex}</Field>}
          {natural && <Field label="出生日期">{party.birthDate}</Field>}
          {natural && <Field label="民族">{party.ethnicity}</Field>}
          <Field label={natural ? '职业或职务' : '单位性质'}>{party.occupation}</Field>
          <Field label={party.idType ? ID_TYPE_LABELS[party.idType] : '证件号码'}>{idNumber}</Field>
          <Field label="联系电话">{contacts.map((c) => c.value).join('、')}</Field>
          <Field label={natural ? '住址' : '住所'} span={2}>
            {address}
          </Field>
          {!natural && (
            <Field label="法定代表人/负责人">
              {[party.representativeName, party.representativeTitle].filter(Boolean).join('，')}
            </Field>
          )}
          {party.principalId && (
            <Field label="代理">
              {`${partyName(detail, party.principalId)}${party.agentRelation ? `（${party.agentRelation}）` : ''}${
                party.agentAuthority ? `，${AGENT_AUTHORITY_LABELS[party.agentAuthority]}` : ''
              }`}
            </Field>
          )}
          <Field label="权利义务告知">
            {notices.length > 0 ? (
              notices
                .map(
                  (n) =>
                    `${n.givenOn} ${NOTICE_FORM_LABELS[n.form].slice(0, 4)}${n.givenBy ? `（${n.givenBy}）` : ''}`,
                )
                .join('；')
            ) : party.principalId ? null : (
              <Text size="sm" c="orange">
                尚未告知
              </Text>
            )}
          </Field>
          {party.refusalNote && <Field label="拒绝情况">{party.refusalNote}</Field>}
        </FieldGrid>
      </Stack>
    </Paper>
  );
}

export function PartiesTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const canManage = availability(detail, 'manage_parties').offered && can('party.add');
  return (
    <Block
      title={`当事人（${detail.parties.length}）`}
      actions={canManage && <SmallButton onClick={() => open({ kind: 'party' })}>添加当事人</SmallButton>}
    >
      {detail.parties.length === 0 && <Empty>还没有登记当事人。受理前至少需要一名当事人。</Empty>}
      {detail.parties.map((p) => (
        <PartyCard key={p.id} detail={detail} party={p} open={open} />
      ))}
    </Block>
  );
}
