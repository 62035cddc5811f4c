import { Badge, Group, Paper, Spoiler, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  SESSION_KIND_LABELS,
  SESSION_MODE_LABELS,
  SESSION_STATUS_LABELS,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { formatLocalTime } from '../../caseUi.ts';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability, partyName } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { Block, Empty, Field, FieldGrid, SmallButton } from './Fields.tsx';

const STATUS_COLOR = { scheduled: 'blue', held: 'green', cancelled: 'gray' } as const;

export function SessionsTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const canSchedule = availability(detail, 'schedule_session');
  const canRecord = availability(detail, 'record_session');
  const recordable = canRecord.offered && canRecord.blockedBy === null && can('session.record');
  const sessions = [...detail.sessions].sort((a, b) => b.startAt.localeCompare(a.startAt));
  return (
    <Block
      title={`调解记录（${detail.sessions.filter((s) => s.status === 'held').length}）`}
      actions={
        <>
          {canSchedule.offered && canSchedule.blockedBy === null && can('session.schedule') && (
            <SmallButton onClick={() => open({ kind: 'schedule' })}>安排调查/调解</SmallButton>
          )}
          {recordable && <SmallButton onClick={() => open({ kind: 'record' })}>记录调查/调解</SmallButton>}
        </>
      }
    >
      {sessions.length === 0 && (
        <Empty>
          还没有调查或调解记录。
          {canRecord.offered && canRecord.blockedBy ? canRecord.blockedBy : ''}
        </Empty>
      )}
      {sessions.map((s) => (
        <Paper
          key={s.id}
          withBorder
          p="md"
          component="article"
          aria-label={`${formatLocalTime(s.startAt)} ${SESSION_KIND_LABELS[s.kind]}`}
        >
          <Stack gap="sm">
            <Group justify="space-between">
              <Group gap="xs">
                <Badge color={s.kind === 'mediation' ? 'indigo' : 'cyan'}>
                  {SESSION_KIND_LABELS[s.kind]}
                </Badge>
                <Badge variant="light" color={STATUS_COLOR[s.status]}>
                  {SESSION_STATUS_LABELS[s.status]}
                </Badge>
                <Text fw={600}>
                  {formatLocalTime(s.startAt)}
                  {s.endAt
                    ? ` 至 ${formatLocalTime(s.endAt).slice(s.endAt.slice(0, 10) === s.startAt.slice(0, 10) ? 11 : 0)}`
                    : ''}
                </Text>
                <Text c="dimmed">
                  {s.place}（{SESSION_MODE_LABELS[s.mode]}
                  {s.isPublic ? '，公开' : ''}）
                </Text>
              </Group>
              {s.status === 'scheduled' && recordable && (
                <Group gap="xs">
                  <SmallButton onClick={() => open({ kind: 'record', sessionId: s.id })}>记录</SmallButton>
                  <SmallButton color="gray" onClick={() => open({ kind: 'cancelSession', sessionId: s.id })}>
                    取消
                  </SmallButton>
                </Group>
              )}
            </Group>
            <FieldGrid>
              <Field label="调解员">{s.mediatorNames.join('、')}</Field>
              <Field label="记录人">{s.recorder}</Field>
              <Field label="到场当事人">
                {s.partyIdsPresent.map((id) => partyName(detail, id)).join('、')}
              </Field>
              <Field label="参加人">
                {s.participants.map((p) => `${p.name}${p.relation ? `（${p.relation}）` : ''}`).join('、')}
              </Field>
              {s.interviewee && <Field label="被调查人">{s.interviewee.name}</Field>}
              {s.subject && <Field label="事由">{s.subject}</Field>}
              {s.kind === 'mediation' && s.status === 'held' && (
                <Field label="权利义务告知">{s.rightsNoticeGiven ? '已告知' : '未告知'}</Field>
              )}
            </FieldGrid>
            {s.transcript && (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  笔录
                </Text>
                <Spoiler maxHeight={96} showLabel="展开全文" hideLabel="收起">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {s.transcript}
                  </Text>
                </Spoiler>
              </Stack>
            )}
            {s.result && <Field label={s.kind === 'mediation' ? '调解结果' : '调查结论'}>{s.result}</Field>}
          </Stack>
        </Paper>
      ))}
    </Block>
  );
}
