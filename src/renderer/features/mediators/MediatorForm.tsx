import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { mediatorFields } from '../../../shared/schemas/mediator.ts';
import { z } from '../../../shared/schemas/zodLocale.ts';
import { DISPUTE_TYPE_LABELS, DISPUTE_TYPES } from '../../../shared/types/disputeTaxonomy.ts';
import type { Mediator } from '../../../shared/types/mediator.ts';
import {
  MEDIATOR_EMPLOYMENT_LABELS,
  MEDIATOR_EMPLOYMENTS,
  SEX_VALUES,
} from '../../../shared/types/partyTaxonomy.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';

/** The same fields create and update send; the ids are added on submit. */
const mediatorForm = z.object(mediatorFields);
type MediatorFormValues = z.input<typeof mediatorForm>;

const employmentOptions = MEDIATOR_EMPLOYMENTS.map((value) => ({
  value,
  label: MEDIATOR_EMPLOYMENT_LABELS[value],
}));
const specialtyOptions = DISPUTE_TYPES.map((value) => ({ value, label: DISPUTE_TYPE_LABELS[value] }));

function initialValues(mediator: Mediator | null): MediatorFormValues {
  return {
    name: mediator?.name ?? '',
    sex: mediator?.sex ?? null,
    employment: mediator?.employment ?? 'part_time',
    title: mediator?.title ?? '',
    phone: mediator?.phone ?? '',
    idNumber: mediator?.idNumber ?? '',
    regionCode: mediator?.regionCode ?? '',
    street: mediator?.street ?? '',
    community: mediator?.community ?? '',
    specialties: [...(mediator?.specialties ?? [])],
    relations: (mediator?.relations ?? []).map((r) => ({
      personName: r.personName,
      relation: r.relation,
      phone: r.phone ?? '',
      idNumber: r.idNumber ?? '',
    })),
    active: mediator?.active ?? true,
    note: mediator?.note ?? '',
  };
}

/** Masked numbers (138****5678) come back from the API as they are shown; say so next to the field. */
function maskedHint(value: string | null | undefined): string | undefined {
  return value?.includes('*') ? '号码已部分隐去；如需更正请重新完整填写' : undefined;
}

export function MediatorForm({ mediator, onDone }: { mediator: Mediator | null; onDone: () => void }) {
  const create = useApiMutation('mediator.create', ['mediator.list', 'dashboard.get']);
  const update = useApiMutation('mediator.update', ['mediator.list', 'dashboard.get']);
  const form = useForm<MediatorFormValues>({
    mode: 'uncontrolled',
    initialValues: initialValues(mediator),
    validate: schemaResolver(mediatorForm, { sync: true }),
  });

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      const saved = mediator
        ? await update.mutateAsync({ ...values, mediatorId: mediator.id, expectedVersion: mediator.version })
        : await create.mutateAsync(values);
      notifications.show({
        color: 'green',
        title: mediator ? '已保存' : '已登记调解员',
        message: saved.name,
      });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      else showApiError(error, mediator ? '没有保存' : '没有登记');
    }
  });

  const relations = form.getValues().relations ?? [];
  return (
    <form onSubmit={handleSubmit} aria-label={mediator ? '编辑调解员' : '登记调解员'}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="姓名"
            withAsterisk
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Select
            label="性别"
            data={[...SEX_VALUES]}
            clearable
            key={form.key('sex')}
            {...form.getInputProps('sex')}
          />
          <Select
            label="专职 / 兼职"
            withAsterisk
            data={employmentOptions}
            allowDeselect={false}
            key={form.key('employment')}
            {...form.getInputProps('employment')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="职务"
            placeholder="如：调委会主任"
            key={form.key('title')}
            {...form.getInputProps('title')}
          />
          <TextInput
            label="联系电话"
            description={maskedHint(mediator?.phone)}
            key={form.key('phone')}
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <MultiSelect
          label="擅长的纠纷类型"
          description="派单推荐时优先考虑"
          placeholder="可选择多个类型"
          data={specialtyOptions}
          searchable
          key={form.key('specialties')}
          {...form.getInputProps('specialties')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="所在街道（乡镇）" key={form.key('street')} {...form.getInputProps('street')} />
          <TextInput
            label="所在社区（村）"
            key={form.key('community')}
            {...form.getInputProps('community')}
          />
          <TextInput
            label="行政区划代码"
            key={form.key('regionCode')}
            {...form.getInputProps('regionCode')}
          />
        </SimpleGrid>
        <TextInput
          label="身份证号码"
          description={maskedHint(mediator?.idNumber) ?? '用于利益冲突检查（调解员本人是否为当事人）'}
          key={form.key('idNumber')}
          {...form.getInputProps('idNumber')}
        />
        <Fieldset legend="申报的亲属及利害关系人（利益冲突检查用）">
          <Stack gap="xs">
            {relations.length === 0 && (
              <Text size="sm" c="dimmed">
                没有申报。
              </Text>
            )}
            {relations.map((_, index) => (
              <Group key={form.key(`relations.${index}`)} align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  label="姓名"
                  size="xs"
                  key={form.key(`relations.${index}.personName`)}
                  {...form.getInputProps(`relations.${index}.personName`)}
                />
                <TextInput
                  label="关系"
                  size="xs"
                  w={90}
                  key={form.key(`relations.${index}.relation`)}
                  {...form.getInputProps(`relations.${index}.relation`)}
                />
                <TextInput
                  label="电话"
                  size="xs"
                  key={form.key(`relations.${index}.phone`)}
                  {...form.getInputProps(`relations.${index}.phone`)}
                />
                <TextInput
                  label="证件号码"
                  size="xs"
                  key={form.key(`relations.${index}.idNumber`)}
                  {...form.getInputProps(`relations.${index}.idNumber`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={22}
                  aria-label={`删除第 ${index + 1} 个关系人`}
                  onClick={() => form.removeListItem('relations', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() =>
                  form.insertListItem('relations', { personName: '', relation: '', phone: '', idNumber: '' })
                }
              >
                添加关系人
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Textarea label="备注" autosize minRows={2} key={form.key('note')} {...form.getInputProps('note')} />
        {mediator && (
          <Switch
            label="在职（停用后不再出现在派单推荐中，已办案件不受影响）"
            key={form.key('active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            取消
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {mediator ? '保存' : '登记'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
