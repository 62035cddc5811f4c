/** 告知权利义务, 安排/记录调查或调解, 取消安排. */
import {
  Alert,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { appendCitation, CiteLawButton } from '../../../laws/CiteLawButton.tsx';
import { addCalendarDays } from '../../../../../shared/deadlines/dayCount.ts';
import { sessionCancelInput } from '../../../../../shared/schemas/handling.ts';
import { rightsNoticeInput } from '../../../../../shared/schemas/party.ts';
import {
  NOTICE_FORM_LABELS,
  SESSION_KIND_LABELS,
  SESSION_MODE_LABELS,
  type NoticeForm,
  type SessionKind,
  type SessionMode,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { caseWriteResolver, nowInChina, optionsOf, todayInChina } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { activeAssignments, partyLabel, principals, unnotifiedParties } from '../caseFacts.ts';
import { done, type DialogProps } from './dialogKit.tsx';
import { dateOrderErrors, stepDateDefault } from '../../backfill/dateOrderErrors.ts';
import { DateField } from '../../../common/DateField.tsx';

export function RightsNoticeDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('party.recordRightsNotice', detail);
  const me = useApiQuery('auth.me', {});
  const unnotified = unnotifiedParties(detail);
  const form = useForm({
    initialValues: {
      partyIds: (unnotified.length > 0 ? unnotified : principals(detail)).map((p) => p.id),
      givenOn: stepDateDefault(detail),
      form: 'written' as NoticeForm,
      givenBy: me.data?.displayName ?? '',
      note: '',
    },
    validate: (values) => ({
      ...caseWriteResolver(rightsNoticeInput)(values),
      ...dateOrderErrors(values, detail, [{ field: 'givenOn', step: 'rightsNotice' }]),
    }),
  });
  const notifiedOn = new Map(detail.rightsNotices.map((n) => [n.partyId, n.givenOn]));
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="告知权利义务"
      description="调解前须以口头或书面方式告知当事人人民调解的性质、原则、效力以及当事人的权利义务（若干规定第三十条）。"
      submitLabel="登记告知"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        if (await write.submit(values, form.setErrors)) done(onClose, '已登记权利义务告知');
      })}
    >
      <Checkbox.Group label="已告知的当事人" withAsterisk {...form.getInputProps('partyIds')}>
        <Stack gap={6} mt={6}>
          {detail.parties.map((p) => (
            <Checkbox
              key={p.id}
              value={p.id}
              label={`${partyLabel(p)}${notifiedOn.has(p.id) ? `（已于 ${notifiedOn.get(p.id)} 告知）` : ''}`}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {/* 告知方式 needs the widest column: its options are full phrases. */}
      <SimpleGrid cols={3} style={{ gridTemplateColumns: '1fr 1.6fr 1fr' }}>
        <DateField label="告知日期" withAsterisk {...form.getInputProps('givenOn')} />
        <NativeSelect label="告知方式" data={optionsOf(NOTICE_FORM_LABELS)} {...form.getInputProps('form')} />
        <TextInput label="告知人" {...form.getInputProps('givenBy')} />
      </SimpleGrid>
      <TextInput label="备注" {...form.getInputProps('note')} />
    </CaseDialog>
  );
}

function participantsFrom(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...rest] = line.split(/[\s,，、（(]+/);
      return { name: name ?? line, relation: rest.join(' ').replace(/[)）]$/, '') };
    });
}

/**
 * 安排 (calendar only) or 记录 (minutes of a held 调查/调解). Recording a 调解 needs every party present
 * to have been given the 权利义务告知 — the core refuses otherwise and its message is shown here.
 */
export function SessionDialog({
  detail,
  onClose,
  mode: initialMode,
  sessionId,
}: DialogProps & { mode: 'schedule' | 'record'; sessionId?: string | undefined }) {
  const schedule = useCaseWrite('session.schedule', detail);
  const record = useCaseWrite('session.record', detail);
  const me = useApiQuery('auth.me', {});
  const roster = useApiQuery('mediator.list', { includeInactive: false });
  const planned = detail.sessions.find((s) => s.id === sessionId);
  const assigned = activeAssignments(detail);
  const form = useForm({
    initialValues: {
      mode: initialMode,
      kind: (planned?.kind ?? 'mediation') as SessionKind,
      startAt:
        planned?.startAt ??
        (initialMode === 'record'
          ? stepDateDefault(detail, nowInChina())
          : `${addCalendarDays(todayInChina(), 1)}T09:00`),
      endAt: planned?.endAt ?? '',
      place: planned?.place ?? '调委会调解室',
      sessionMode: (planned?.mode ?? 'onsite') as SessionMode,
      isPublic: planned?.isPublic ?? false,
      mediatorIds: planned ? [...planned.mediatorIds] : assigned.map((a) => a.mediatorId),
      subject: planned?.subject ?? detail.title,
      recorder: me.data?.displayName ?? '',
      partyIdsPresent: principals(detail).map((p) => p.id),
      participants: '',
      rightsNoticeGivenAtStart: false,
      intervieweePartyId: '',
      intervieweeName: '',
      transcript: '',
      result: '',
    },
    validate: (values) =>
      dateOrderErrors(values, detail, [
        { field: 'startAt', step: 'session', planned: values.mode === 'schedule' },
      ]),
  });
  const values = form.getValues();
  const recording = values.mode === 'record';
  const write = recording ? record : schedule;
  const notified = new Set(detail.rightsNotices.map((n) => n.partyId));
  const unnotified = detail.parties.filter(
    (p) =>
      values.partyIdsPresent.includes(p.id) &&
      !notified.has(p.id) &&
      !(p.principalId && notified.has(p.principalId)),
  );
  const mediatorOptions = (roster.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  for (const a of assigned) {
    if (!mediatorOptions.some((o) => o.value === a.mediatorId))
      mediatorOptions.push({ value: a.mediatorId, label: a.mediatorName });
  }
  const title = planned
    ? `记录${SESSION_KIND_LABELS[planned.kind]}`
    : recording
      ? '记录调查/调解'
      : '安排调查/调解';

  return (
    <CaseDialog
      opened
      onClose={onClose}
      title={title}
      submitLabel={recording ? '保存记录' : '安排'}
      size="xl"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const common = {
          kind: v.kind,
          startAt: v.startAt,
          endAt: v.endAt || null,
          place: v.place,
          mode: v.sessionMode,
          isPublic: v.isPublic,
          mediatorIds: v.mediatorIds,
          subject: v.subject,
        };
        const setErrors = (errors: Record<string, string>) =>
          form.setErrors({ ...errors, sessionMode: errors['mode'], transcript: errors['transcript'] });
        if (!recording) {
          if (await schedule.submit(common, setErrors))
            done(onClose, `已安排${SESSION_KIND_LABELS[v.kind]}：${v.startAt.replace('T', ' ')}`);
          return;
        }
        const party = detail.parties.find((p) => p.id === v.intervieweePartyId);
        const interviewee =
          v.kind === 'investigation' && (party || v.intervieweeName.trim())
            ? { partyId: party?.id ?? null, name: party?.name ?? v.intervieweeName.trim() }
            : null;
        const updated = await record.submit(
          {
            ...common,
            sessionId: planned?.id ?? null,
            recorder: v.recorder,
            partyIdsPresent: v.partyIdsPresent,
            participants: participantsFrom(v.participants),
            rightsNoticeGivenAtStart: v.kind === 'mediation' && v.rightsNoticeGivenAtStart,
            interviewee,
            transcript: v.transcript,
            result: v.result,
          },
          setErrors,
        );
        if (updated) done(onClose, `已记录${SESSION_KIND_LABELS[v.kind]}`);
      })}
    >
      {!planned && (
        <SegmentedControl
          data={[
            { value: 'schedule', label: '安排（尚未进行）' },
            { value: 'record', label: '记录（已经进行）' },
          ]}
          {...form.getInputProps('mode')}
        />
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
        <NativeSelect
          label="类别"
          data={optionsOf(SESSION_KIND_LABELS)}
          disabled={!!planned}
          {...form.getInputProps('kind')}
        />
        <DateField withTime label="开始时间" withAsterisk {...form.getInputProps('startAt')} />
        <DateField withTime label="结束时间" {...form.getInputProps('endAt')} />
        <NativeSelect
          label="方式"
          data={optionsOf(SESSION_MODE_LABELS)}
          {...form.getInputProps('sessionMode')}
        />
        <TextInput
          label="地点"
          withAsterisk
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('place')}
        />
        <MultiSelect
          label="调解员"
          withAsterisk
          data={mediatorOptions}
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('mediatorIds')}
        />
        <TextInput label="事由" style={{ gridColumn: 'span 3' }} {...form.getInputProps('subject')} />
        <Switch mt="lg" label="公开调解" {...form.getInputProps('isPublic', { type: 'checkbox' })} />
      </SimpleGrid>
      {recording && (
        <>
          <Checkbox.Group label="到场当事人" {...form.getInputProps('partyIdsPresent')}>
            <Group gap="md" mt={6}>
              {detail.parties.map((p) => (
                <Checkbox key={p.id} value={p.id} label={partyLabel(p)} />
              ))}
            </Group>
          </Checkbox.Group>
          {values.kind === 'mediation' && unnotified.length > 0 && (
            <Alert color="yellow" title="尚未登记权利义务告知">
              <Stack gap={6}>
                <Text size="sm">
                  {unnotified.map((p) => p.name).join('、')}
                  尚未登记告知。调解前必须先告知当事人权利义务；如在本次调解开始时已当场告知，请勾选下面一项。
                </Text>
                <Checkbox
                  label="调解开始时已当场口头告知权利义务"
                  {...form.getInputProps('rightsNoticeGivenAtStart', { type: 'checkbox' })}
                />
              </Stack>
            </Alert>
          )}
          {values.kind === 'investigation' && (
            <SimpleGrid cols={2}>
              <NativeSelect
                label="被调查人"
                data={[
                  { value: '', label: '当事人以外的人员' },
                  ...detail.parties.map((p) => ({ value: p.id, label: partyLabel(p) })),
                ]}
                {...form.getInputProps('intervieweePartyId')}
              />
              {values.intervieweePartyId === '' && (
                <TextInput label="被调查人姓名" {...form.getInputProps('intervieweeName')} />
              )}
            </SimpleGrid>
          )}
          <SimpleGrid cols={2}>
            <TextInput label="记录人" withAsterisk {...form.getInputProps('recorder')} />
            <Textarea
              label="参加人"
              description="受邀协助调解的亲友、邻居、专家等，每行一人：姓名 关系"
              autosize
              minRows={1}
              {...form.getInputProps('participants')}
            />
          </SimpleGrid>
          <Group justify="flex-end" mb={-28} style={{ position: 'relative', zIndex: 1 }}>
            <CiteLawButton
              caseId={detail.id}
              target="调解记录"
              onInsert={(text) =>
                form.setFieldValue('transcript', appendCitation(form.getValues().transcript, text))
              }
            />
          </Group>
          <Textarea label="笔录" withAsterisk autosize minRows={5} {...form.getInputProps('transcript')} />
          <Textarea
            label={values.kind === 'mediation' ? '调解结果' : '调查结论'}
            autosize
            minRows={2}
            {...form.getInputProps('result')}
          />
        </>
      )}
    </CaseDialog>
  );
}

export function SessionCancelDialog({ detail, onClose, sessionId }: DialogProps & { sessionId: string }) {
  const write = useCaseWrite('session.cancel', detail);
  const session = detail.sessions.find((s) => s.id === sessionId);
  const form = useForm({
    initialValues: { sessionId, reason: '' },
    validate: caseWriteResolver(sessionCancelInput),
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="取消安排"
      description={
        session
          ? `${session.startAt.replace('T', ' ')} ${session.place} 的${SESSION_KIND_LABELS[session.kind]}`
          : undefined
      }
      submitLabel="取消这次安排"
      danger
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        if (await write.submit(values, form.setErrors)) done(onClose, '已取消安排');
      })}
    >
      <TextInput label="取消原因" {...form.getInputProps('reason')} />
    </CaseDialog>
  );
}
