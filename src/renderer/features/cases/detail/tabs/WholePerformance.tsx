/**
 * Performance of the agreement as a whole (issue 15 item 5): shown under the agreement, with a dialog
 * for 当场履行 / 已履行 — also for an agreement without money obligations (an oral agreement).
 */
import { DateField } from '../../../common/DateField.tsx';
import { Alert, Group, Radio, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { wholePerformanceInput } from '../../../../../shared/schemas/replies.ts';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import {
  WHOLE_PERFORMANCE_MODE_LABELS,
  type WholePerformanceMode,
} from '../../../../../shared/types/outcome.ts';
import { caseWriteResolver, todayInChina } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { availability } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { done } from '../dialogs/dialogKit.tsx';
import { SmallButton } from './Fields.tsx';

function WholePerformanceDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const write = useCaseWrite('performance.whole', detail);
  const concluded = detail.agreement?.concludedOn ?? todayInChina();
  const form = useForm({
    initialValues: { mode: 'on_the_spot' as WholePerformanceMode, performedOn: concluded, how: '' },
    validate: caseWriteResolver(wholePerformanceInput),
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="登记协议履行情况（整体）"
      submitLabel="保存履行情况"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        if (await write.submit(v, form.setErrors)) done(onClose, '已登记协议履行情况');
      })}
    >
      <Radio.Group
        label="履行情况"
        withAsterisk
        value={form.values.mode}
        onChange={(value) => {
          form.setFieldValue('mode', value as WholePerformanceMode);
          if (value === 'on_the_spot') form.setFieldValue('performedOn', concluded);
        }}
      >
        <Group mt={6}>
          {(Object.keys(WHOLE_PERFORMANCE_MODE_LABELS) as WholePerformanceMode[]).map((mode) => (
            <Radio key={mode} value={mode} label={WHOLE_PERFORMANCE_MODE_LABELS[mode]} />
          ))}
        </Group>
      </Radio.Group>
      <DateField label="履行日期" withAsterisk {...form.getInputProps('performedOn')} />
      <Textarea
        label="履行方式与情况"
        placeholder="如：被申请人当场赔礼道歉并修好水管"
        autosize
        minRows={2}
        {...form.getInputProps('how')}
      />
    </CaseDialog>
  );
}

export function WholePerformanceSection({ detail }: { detail: CaseDetail }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  const whole = detail.agreement?.wholePerformance ?? null;
  const manage = availability(detail, 'manage_agreement').offered && can('performance.whole');
  return (
    <>
      {whole ? (
        <Alert color="green" title="协议履行情况">
          {WHOLE_PERFORMANCE_MODE_LABELS[whole.mode]}（{whole.performedOn}）
          {whole.how ? `：${whole.how}` : ''}
        </Alert>
      ) : (
        manage && (
          <Group>
            <SmallButton onClick={() => setOpen(true)}>登记整体履行（当场履行/已履行）</SmallButton>
          </Group>
        )
      )}
      {open && <WholePerformanceDialog detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}
