import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { preventionRecordInput } from '../../../shared/schemas/stats.ts';
import { PREVENTION_KINDS, PREVENTION_KIND_LABELS } from '../../../shared/types/stats.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { DateField } from '../common/DateField.tsx';
import { showApiError } from '../common/showApiError.ts';
import { todayInChina } from '../cases/caseUi.ts';

type PreventionInput = z.input<typeof preventionRecordInput>;

const KIND_OPTIONS = PREVENTION_KINDS.map((value) => ({ value, label: PREVENTION_KIND_LABELS[value] }));

/** 登记预防与排查: the work table B counts, which has no case to count it from. */
export function PreventionDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const add = useApiMutation('stats.addPrevention', ['stats.report', 'stats.listPrevention']);
  const form = useForm<PreventionInput>({
    mode: 'uncontrolled',
    initialValues: {
      occurredOn: todayInChina(),
      kind: 'screening',
      cases: 0,
      persons: 0,
      note: '',
    },
    validate: schemaResolver(preventionRecordInput, { sync: true }),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await add.mutateAsync(values);
      notifications.show({
        color: 'green',
        title: '已登记',
        message: `${PREVENTION_KIND_LABELS[values.kind]}已计入统计。`,
      });
      form.reset();
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      else showApiError(error, '没有登记');
    }
  });
  return (
    <Modal opened={opened} onClose={onClose} title="登记预防与排查">
      <form onSubmit={submit} aria-label="登记预防与排查">
        <Stack>
          <DateField
            label="日期"
            data-autofocus
            key={form.key('occurredOn')}
            {...form.getInputProps('occurredOn')}
          />
          <Select
            label="工作类型"
            data={KIND_OPTIONS}
            allowDeselect={false}
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          />
          <Group grow>
            <NumberInput
              label="件数（排查时为发现纠纷数）"
              min={0}
              key={form.key('cases')}
              {...form.getInputProps('cases')}
            />
            <NumberInput
              label="涉及人数"
              min={0}
              key={form.key('persons')}
              {...form.getInputProps('persons')}
            />
          </Group>
          <TextInput label="说明" key={form.key('note')} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={add.isPending}>
              登记
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
