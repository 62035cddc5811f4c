import { Button, Group, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { organisationCreateInput } from '../../../shared/schemas/organisation.ts';
import type { z } from '../../../shared/schemas/zodLocale.ts';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_LEVEL_LABELS,
  ORGANISATION_LEVELS,
  type OrganisationDetail,
} from '../../../shared/types/organisation.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';

type OrganisationFormValues = z.input<typeof organisationCreateInput>;

const kindOptions = ORGANISATION_KINDS.map((value) => ({ value, label: ORGANISATION_KIND_LABELS[value] }));
const levelOptions = ORGANISATION_LEVELS.map((value) => ({ value, label: ORGANISATION_LEVEL_LABELS[value] }));
const REFRESHES = ['org.list', 'org.home'] as const;

function initialValues(org: OrganisationDetail | null): OrganisationFormValues {
  return {
    name: org?.name ?? '',
    kind: org?.kind ?? 'centre',
    level: org?.level ?? 'district',
    regionCode: org?.regionCode ?? '',
    abbreviation: org?.abbreviation ?? '',
    sealName: org?.sealName ?? '',
    parentId: org?.parentId ?? null,
    address: org?.address ?? '',
    phone: org?.phone ?? '',
    defaultCourt: org?.defaultCourt ?? '',
  };
}

/**
 * One form for this installation's organisation and for the others (上级组织, the 街镇/区 centres a
 * case is transferred to). `organisations` lists the candidates for 上级组织.
 */
export function OrganisationForm({
  organisation,
  organisations,
  onDone,
}: {
  organisation: OrganisationDetail | null;
  organisations: readonly OrganisationDetail[];
  onDone: () => void;
}) {
  const create = useApiMutation('org.create', [...REFRESHES]);
  const update = useApiMutation('org.update', [...REFRESHES]);
  const form = useForm<OrganisationFormValues & { active: boolean }>({
    mode: 'uncontrolled',
    initialValues: { ...initialValues(organisation), active: organisation?.active ?? true },
    validate: schemaResolver(organisationCreateInput, { sync: true }),
  });
  const isHome = organisation?.isHome === true;
  const parentOptions = organisations
    .filter((o) => o.id !== organisation?.id && (o.active || o.id === organisation?.parentId))
    .map((o) => ({ value: o.id, label: `${o.name}（${ORGANISATION_LEVEL_LABELS[o.level]}）` }));

  const handleSubmit = form.onSubmit(async ({ active, ...values }) => {
    try {
      const saved = organisation
        ? await update.mutateAsync({
            ...values,
            organisationId: organisation.id,
            expectedVersion: organisation.version,
            active,
          })
        : await create.mutateAsync(values);
      notifications.show({
        color: 'green',
        title: organisation ? '已保存' : '已添加组织',
        message: saved.name,
      });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      else showApiError(error, '没有保存');
    }
  });

  return (
    <form onSubmit={handleSubmit} aria-label={organisation ? '编辑组织' : '添加组织'}>
      <Stack>
        <TextInput
          label="组织全称"
          withAsterisk
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="组织类型"
            withAsterisk
            data={kindOptions}
            allowDeselect={false}
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          />
          <Select
            label="组织层级"
            withAsterisk
            data={levelOptions}
            allowDeselect={false}
            key={form.key('level')}
            {...form.getInputProps('level')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="行政区划代码"
            withAsterisk
            description="6 位（区县）、9 位（街镇）或 12 位（村社）"
            key={form.key('regionCode')}
            {...form.getInputProps('regionCode')}
          />
          <TextInput
            label="案号简称"
            withAsterisk
            description={
              isHome ? '只影响此后受理的案件编号，已编号的案件不变' : '如：栖霞，用于（2026）栖霞人调字第1号'
            }
            key={form.key('abbreviation')}
            {...form.getInputProps('abbreviation')}
          />
        </SimpleGrid>
        <TextInput
          label="印章名称"
          description="打印在文书落款处"
          key={form.key('sealName')}
          {...form.getInputProps('sealName')}
        />
        <TextInput label="地址" key={form.key('address')} {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="电话"
            description="办公电话，打印在文书上"
            key={form.key('phone')}
            {...form.getInputProps('phone')}
          />
          <TextInput
            label="默认法院"
            description="申请司法确认时默认填写的法院"
            key={form.key('defaultCourt')}
            {...form.getInputProps('defaultCourt')}
          />
        </SimpleGrid>
        <Select
          label="上级组织"
          description={parentOptions.length === 0 ? '先在“其他组织”中添加上级组织，再在这里选择' : undefined}
          data={parentOptions}
          clearable
          searchable
          key={form.key('parentId')}
          {...form.getInputProps('parentId')}
        />
        {organisation && !isHome && (
          <Switch
            label="启用（停用后不再出现在移交对象中）"
            key={form.key('active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            取消
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {organisation ? '保存' : '添加'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
