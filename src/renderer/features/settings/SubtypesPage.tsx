import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { roleHasPermission } from '../../../shared/api/roles.ts';
import { subtypeAddInput } from '../../../shared/schemas/deadlines.ts';
import type { z } from '../../../shared/schemas/zodLocale.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import { DISPUTE_TYPE_LABELS, DISPUTE_TYPES } from '../../../shared/types/disputeTaxonomy.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { SettingsCrumbs } from './SettingsCrumbs.tsx';

const typeOptions = DISPUTE_TYPES.map((value) => ({ value, label: DISPUTE_TYPE_LABELS[value] }));

function AddSubtypeForm() {
  const add = useApiMutation('taxonomy.addSubtype', ['taxonomy.subtypes']);
  const form = useForm<z.input<typeof subtypeAddInput>>({
    mode: 'uncontrolled',
    initialValues: { name: '', disputeType: 'neighbourhood' },
    validate: schemaResolver(subtypeAddInput, { sync: true }),
  });
  const handleSubmit = form.onSubmit(async (values) => {
    try {
      const added = await add.mutateAsync(values);
      notifications.show({
        color: 'green',
        title: '已添加纠纷子类',
        message: `${added.name}（归入${DISPUTE_TYPE_LABELS[added.disputeType]}）`,
      });
      form.reset();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') form.setFieldError('name', error.message);
      else if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      else showApiError(error, '没有添加');
    }
  });
  return (
    <form onSubmit={handleSubmit} aria-label="添加纠纷子类">
      <Group align="flex-start">
        <TextInput
          label="子类名称"
          placeholder="如：楼上漏水"
          w={220}
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <Select
          label="归入统计类型"
          data={typeOptions}
          allowDeselect={false}
          searchable
          w={220}
          key={form.key('disputeType')}
          {...form.getInputProps('disputeType')}
        />
        <Button type="submit" mt={24} leftSection={<IconPlus size={16} />} loading={add.isPending}>
          添加
        </Button>
      </Group>
    </form>
  );
}

/** Local sub-types: how a centre names its disputes, each counted under one of the 15 statistical types. */
export function SubtypesPage({ user }: { user: SessionUser }) {
  const subtypes = useApiQuery('taxonomy.subtypes', {});
  const rows = subtypes.data ?? [];
  const grouped = DISPUTE_TYPES.map((type) => ({
    type,
    items: rows.filter((s) => s.disputeType === type),
  })).filter((g) => g.items.length > 0);
  return (
    <Stack maw={860}>
      <SettingsCrumbs current="纠纷子类" />
      <Title order={1} size="h2">
        纠纷子类
      </Title>
      <Text size="sm" c="dimmed">
        登记纠纷时可选的本地细分类型。统计报表仍按 15 类统计类型汇总，每个子类归入其中一类。
      </Text>
      {roleHasPermission(user.role, 'settings.manage') && (
        <Paper withBorder p="md">
          <AddSubtypeForm />
        </Paper>
      )}
      {subtypes.isError && <Alert color="red">{subtypes.error.message}</Alert>}
      <Paper withBorder p="md">
        {grouped.length === 0 ? (
          <Text size="sm" c="dimmed">
            还没有纠纷子类。
          </Text>
        ) : (
          <Table aria-label="纠纷子类" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>统计类型</Table.Th>
                <Table.Th>子类</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grouped.map((g) => (
                <Table.Tr key={g.type}>
                  <Table.Td>{DISPUTE_TYPE_LABELS[g.type]}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {g.items.map((s) => (
                        <Badge key={s.id} variant="light" color="gray" size="lg" fw={400}>
                          {s.name}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
