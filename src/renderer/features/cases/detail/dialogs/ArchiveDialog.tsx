import {
  Badge,
  Group,
  Loader,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type {
  DossierCheckItem,
  DossierItem,
  DossierItemState,
} from '../../../../../shared/cases/dossierItems.ts';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  RETENTION_PERIOD_LABELS,
  type RetentionPeriod,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { optionsOf } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { done, type DialogProps } from './dialogKit.tsx';
import { dateOrderErrors, stepDateDefault } from '../../backfill/dateOrderErrors.ts';
import { DateField } from '../../../common/DateField.tsx';

const STATE: Readonly<Record<DossierItemState, { label: string; color: string }>> = {
  present: { label: '齐全', color: 'green' },
  explained: { label: '已说明', color: 'blue' },
  missing: { label: '缺少', color: 'red' },
  not_required: { label: '不需要', color: 'gray' },
};

/** Default 保管期限 (domain §7.6): 永久 for property/land, 司法确认, group or red-risk cases; 30 years for other written agreements; 10 otherwise. */
export function suggestedRetention(detail: CaseDetail): RetentionPeriod {
  if (
    detail.judicialConfirmation !== null ||
    detail.isGroup ||
    detail.riskLevel === 'red' ||
    detail.disputeType === 'housing_homestead' ||
    detail.disputeType === 'forest_land' ||
    detail.disputeType === 'land_acquisition_demolition'
  ) {
    return 'permanent';
  }
  return detail.agreement?.form === 'written' ? '30_years' : '10_years';
}

export function DossierChecklist({
  items,
  explain,
}: {
  items: readonly DossierCheckItem[];
  explain?: (item: DossierCheckItem) => ReactNode;
}) {
  return (
    <Stack gap={6}>
      {items.map((item) => (
        <Paper key={item.item} withBorder p="xs">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {item.label}
              </Text>
              {item.detail && (
                <Text size="xs" c={item.state === 'missing' ? 'red' : 'dimmed'}>
                  {item.detail}
                </Text>
              )}
              {item.explanation && item.state === 'explained' && (
                <Text size="xs" c="dimmed">
                  情况说明：{item.explanation}
                </Text>
              )}
            </Stack>
            <Badge color={STATE[item.state].color} variant="light" style={{ flexShrink: 0 }}>
              {STATE[item.state].label}
            </Badge>
          </Group>
          {explain?.(item)}
        </Paper>
      ))}
    </Stack>
  );
}

/** 归档: the dossier checklist first; each missing mandatory item needs a 卷宗情况说明. */
export function ArchiveDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.archive', detail);
  const openFollowUps = detail.followUps.filter((f) => f.status === 'planned');
  const me = useApiQuery('auth.me', {});
  const check = useApiQuery('case.dossierCheck', { caseId: detail.id });
  const form = useForm({
    initialValues: {
      archivedOn: stepDateDefault(detail),
      filer: me.data?.displayName ?? '',
      checker: '',
      checkedOn: stepDateDefault(detail),
      openFollowUpReason: '',
      retention: suggestedRetention(detail),
      explanations: {} as Partial<Record<DossierItem, string>>,
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.filer.trim()) errors['filer'] = '请填写立卷人';
      if (!values.checker.trim()) errors['checker'] = '请填写检查人';
      if (openFollowUps.length > 0 && values.openFollowUpReason.trim().length < 4) {
        errors['openFollowUpReason'] = '还有未进行的回访，请写明不再回访的原因（至少 4 个字）';
      }
      for (const item of check.data?.items ?? []) {
        const text = values.explanations[item.item]?.trim() ?? '';
        if (item.state === 'missing' && text.length < 4) {
          errors[`explanations.${item.item}`] = '缺少必备材料的，请填写卷宗情况说明（至少 4 个字）';
        }
      }
      return { ...errors, ...dateOrderErrors(values, detail, [{ field: 'archivedOn', step: 'archived' }]) };
    },
  });
  const missing = (check.data?.items ?? []).filter((i) => i.state === 'missing');
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="立卷归档"
      description="归档前检查卷宗必备材料；缺少的材料须写明卷宗情况说明。归档后案件只能查看，不能修改。"
      submitLabel="归档"
      size="xl"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      submitDisabled={check.isPending}
      onSubmit={form.onSubmit(async (v) => {
        const explanations = Object.fromEntries(
          missing
            .map((i) => [i.item, v.explanations[i.item]?.trim() ?? ''])
            .filter(([, text]) => text !== ''),
        ) as Partial<Record<DossierItem, string>>;
        const updated = await write.submit(
          {
            archivedOn: v.archivedOn,
            filer: v.filer,
            checker: v.checker,
            checkedOn: v.checkedOn,
            retention: v.retention,
            explanations,
            ...(openFollowUps.length > 0 && { openFollowUpReason: v.openFollowUpReason }),
          },
          form.setErrors,
        );
        if (updated) done(onClose, `${detail.title} 已归档`);
      })}
    >
      <SimpleGrid cols={3}>
        <DateField label="归档日期" withAsterisk {...form.getInputProps('archivedOn')} />
        <TextInput label="立卷人" withAsterisk {...form.getInputProps('filer')} />
        <NativeSelect
          label="保管期限"
          data={optionsOf(RETENTION_PERIOD_LABELS)}
          {...form.getInputProps('retention')}
        />
        <TextInput label="检查人" withAsterisk {...form.getInputProps('checker')} />
        <DateField label="检查日期" withAsterisk {...form.getInputProps('checkedOn')} />
      </SimpleGrid>
      {openFollowUps.length > 0 && (
        <Textarea
          label={`还有 ${openFollowUps.length} 次计划回访未进行，归档时将取消。原因`}
          placeholder="如：当事人已当场履行完毕，经电话确认无需回访"
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('openFollowUpReason')}
        />
      )}
      <Text size="sm" fw={500}>
        卷宗必备材料{check.data ? (check.data.complete ? '：齐全' : `：缺少 ${missing.length} 项`) : ''}
      </Text>
      {check.isPending ? (
        <Loader size="sm" aria-label="正在检查卷宗" />
      ) : check.isError ? (
        <Text c="red">{check.error.message}</Text>
      ) : (
        <DossierChecklist
          items={check.data.items}
          explain={(item) =>
            item.state === 'missing' ? (
              <Textarea
                mt={6}
                label={`卷宗情况说明：${item.label}`}
                placeholder="说明缺少的原因和已采取的补救措施"
                autosize
                minRows={2}
                {...form.getInputProps(`explanations.${item.item}`)}
                value={form.getValues().explanations[item.item] ?? ''}
              />
            ) : null
          }
        />
      )}
    </CaseDialog>
  );
}
