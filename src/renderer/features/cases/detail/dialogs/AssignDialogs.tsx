/** 指派 (manual or from ranked suggestions, with the conflict-of-interest check) and 回避. */
import {
  Alert,
  Badge,
  Group,
  Loader,
  NativeSelect,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ConflictFinding } from '../../../../../shared/types/mediator.ts';
import {
  ASSIGNMENT_MODE_LABELS,
  ASSIGNMENT_ROLE_LABELS,
  MEDIATOR_EMPLOYMENT_LABELS,
  type AssignmentMode,
  type AssignmentRole,
} from '../../../../../shared/types/partyTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { optionsOf } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { activeAssignments, partyOptions, principals } from '../caseFacts.ts';
import { done, type DialogProps } from './dialogKit.tsx';
import { dateOrderErrors } from '../../backfill/dateOrderErrors.ts';
import { DateField } from '../../../common/DateField.tsx';

/** The conflict check for one mediator on this case, shown before anything is saved. */
function useConflicts(caseId: string, mediatorId: string | null) {
  return useApiQuery(
    'mediator.conflicts',
    { caseId, mediatorId: mediatorId ?? '00000000-0000-4000-8000-000000000000' },
    { enabled: mediatorId !== null },
  );
}

function ConflictList({ conflicts, name }: { conflicts: readonly ConflictFinding[]; name: string }) {
  if (conflicts.length === 0) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={`${name}与本案存在利益冲突`}>
      <Stack gap={4}>
        {conflicts.map((c) => (
          <Text size="sm" key={`${c.kind}:${c.message}`}>
            {c.message}
          </Text>
        ))}
        <Text size="sm" fw={500}>
          一般应改派其他调解员；确需指派的，请写明理由（将记录在案）。
        </Text>
      </Stack>
    </Alert>
  );
}

export function AssignDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.assign', detail);
  const active = activeAssignments(detail);
  const hasLead = active.some((a) => a.role === 'lead');
  const suggestions = useApiQuery('mediator.suggest', { caseId: detail.id, limit: 8 });
  const roster = useApiQuery('mediator.list', { includeInactive: false });
  const form = useForm({
    initialValues: {
      how: 'suggested' as 'suggested' | 'manual',
      mediatorId: null as string | null,
      role: (hasLead ? 'assistant' : 'lead') as AssignmentRole,
      mode: 'designated' as AssignmentMode,
      overrideReason: '',
      assignedOn: '',
    },
    validate: {
      mediatorId: (v) => (v ? null : '请选择调解员'),
      assignedOn: (v) =>
        dateOrderErrors({ assignedOn: v }, detail, [{ field: 'assignedOn', step: 'assigned' }])[
          'assignedOn'
        ] ?? null,
    },
  });
  const backfilling = detail.backfill?.open === true;
  const values = form.getValues();
  const conflicts = useConflicts(detail.id, values.mediatorId);
  const found = conflicts.data ?? [];
  const chosen = (roster.data ?? []).find((m) => m.id === values.mediatorId);
  const assigned = new Set(active.map((a) => a.mediatorId));
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="指派调解员"
      description="指派前自动检查利益冲突：调解员是本案当事人或代理人、与当事人证件号码或电话相同、曾与当事人同为其他案件当事人、申报过亲属等关系。"
      submitLabel="指派"
      size="xl"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      submitDisabled={found.length > 0 && values.overrideReason.trim() === ''}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            mediatorId: v.mediatorId!,
            role: v.role,
            mode: v.how === 'suggested' ? 'suggested' : v.mode,
            overrideReason: v.overrideReason,
            assignedOn: backfilling && v.assignedOn ? v.assignedOn : null,
          },
          form.setErrors,
        );
        if (updated) done(onClose, `已指派${chosen?.name ?? '调解员'}`);
      })}
    >
      {backfilling && (
        <DateField
          w={200}
          label="指派日期"
          description="按纸质卷宗填写实际指派的日期；不填则记为今天"
          {...form.getInputProps('assignedOn')}
        />
      )}
      <Group justify="space-between">
        <SegmentedControl
          data={[
            { value: 'suggested', label: '系统推荐' },
            { value: 'manual', label: '手动选择' },
          ]}
          value={values.how}
          onChange={(how) => {
            form.setFieldValue('how', how as 'suggested' | 'manual');
            form.setFieldValue('mediatorId', null);
          }}
        />
        <NativeSelect
          aria-label="调解员角色"
          data={optionsOf(ASSIGNMENT_ROLE_LABELS)}
          {...form.getInputProps('role')}
        />
      </Group>
      {values.how === 'suggested' ? (
        suggestions.isPending ? (
          <Loader size="sm" aria-label="正在推荐" />
        ) : (suggestions.data ?? []).length === 0 ? (
          <Alert color="gray">没有可推荐的调解员。请先在“调解员”名册中登记调解员。</Alert>
        ) : (
          <Radio.Group
            aria-label="推荐的调解员"
            value={values.mediatorId}
            onChange={(id) => form.setFieldValue('mediatorId', id)}
            error={form.errors['mediatorId']}
          >
            <Stack gap="xs">
              {(suggestions.data ?? []).map((s, index) => (
                <Radio.Card
                  key={s.mediator.id}
                  value={s.mediator.id}
                  p="sm"
                  radius="sm"
                  aria-label={s.mediator.name}
                >
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator mt={3} />
                    <Stack gap={2} style={{ flex: 1 }}>
                      <Group gap="xs">
                        <Text fw={600}>{s.mediator.name}</Text>
                        {index === 0 && s.conflicts.length === 0 && (
                          <Badge size="sm" color="teal">
                            最合适
                          </Badge>
                        )}
                        <Text size="xs" c="dimmed">
                          {MEDIATOR_EMPLOYMENT_LABELS[s.mediator.employment]}
                          {s.mediator.title ? ` · ${s.mediator.title}` : ''}
                        </Text>
                      </Group>
                      <Text size="sm" c="dimmed">
                        {s.reasons.join('；')}
                      </Text>
                      {s.conflicts.map((c) => (
                        <Text size="sm" c="red" key={c.message}>
                          {c.message}
                        </Text>
                      ))}
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )
      ) : (
        <SimpleGrid cols={2}>
          <Select
            label="调解员"
            withAsterisk
            searchable
            nothingFoundMessage="名册中没有这位调解员"
            data={(roster.data ?? [])
              .filter((m) => !assigned.has(m.id))
              .map((m) => ({ value: m.id, label: `${m.name}（在办 ${m.openCaseCount} 件）` }))}
            {...form.getInputProps('mediatorId')}
          />
          <NativeSelect
            label="指派方式"
            data={optionsOf(ASSIGNMENT_MODE_LABELS, ['designated', 'party_chosen'])}
            {...form.getInputProps('mode')}
          />
        </SimpleGrid>
      )}
      {values.mediatorId && conflicts.isFetching && <Loader size="xs" aria-label="正在检查利益冲突" />}
      <ConflictList conflicts={found} name={chosen?.name ?? '该调解员'} />
      {(found.length > 0 || form.errors['overrideReason']) && (
        <Textarea
          label="仍然指派的理由"
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('overrideReason')}
        />
      )}
    </CaseDialog>
  );
}

export function RecuseDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.recuse', detail);
  const active = activeAssignments(detail);
  const roster = useApiQuery('mediator.list', { includeInactive: false });
  const form = useForm({
    initialValues: {
      mediatorId: active[0]?.mediatorId ?? '',
      requestedByPartyId: '',
      reason: '',
      replacementMediatorId: null as string | null,
      overrideReason: '',
    },
    validate: {
      reason: (v) => (v.trim() ? null : '请填写回避理由'),
    },
  });
  const values = form.getValues();
  const conflicts = useConflicts(detail.id, values.replacementMediatorId);
  const found = conflicts.data ?? [];
  const assigned = new Set(active.map((a) => a.mediatorId));
  const replacement = (roster.data ?? []).find((m) => m.id === values.replacementMediatorId);
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="调解员回避"
      description="当事人申请回避的，调委会应当更换调解员（可同时指定接替的调解员）。"
      submitLabel="回避"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      submitDisabled={found.length > 0 && values.overrideReason.trim() === ''}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            mediatorId: v.mediatorId,
            requestedByPartyId: v.requestedByPartyId || null,
            reason: v.reason,
            replacementMediatorId: v.replacementMediatorId,
            overrideReason: v.overrideReason,
          },
          form.setErrors,
        );
        if (updated) done(onClose, '已登记回避');
      })}
    >
      <SimpleGrid cols={2}>
        <NativeSelect
          label="回避的调解员"
          data={active.map((a) => ({
            value: a.mediatorId,
            label: `${a.mediatorName}（${ASSIGNMENT_ROLE_LABELS[a.role]}）`,
          }))}
          {...form.getInputProps('mediatorId')}
        />
        <NativeSelect
          label="申请人"
          data={[{ value: '', label: '调委会决定 / 调解员主动回避' }, ...partyOptions(principals(detail))]}
          {...form.getInputProps('requestedByPartyId')}
        />
      </SimpleGrid>
      <Textarea label="回避理由" withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
      <Select
        label="接替的调解员"
        placeholder="暂不指定"
        clearable
        searchable
        data={(roster.data ?? [])
          .filter((m) => !assigned.has(m.id))
          .map((m) => ({ value: m.id, label: `${m.name}（在办 ${m.openCaseCount} 件）` }))}
        {...form.getInputProps('replacementMediatorId')}
      />
      <ConflictList conflicts={found} name={replacement?.name ?? '该调解员'} />
      {(found.length > 0 || form.errors['overrideReason']) && (
        <Textarea
          label="仍然指派的理由"
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('overrideReason')}
        />
      )}
    </CaseDialog>
  );
}
