import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'wouter';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/api/roles.ts';
import { newPassword, userCreateInput, type UserCreateInput } from '../../../shared/schemas/account.ts';
import type { UserAccount } from '../../../shared/types/account.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { formatDateTime } from '../common/formatDateTime.ts';
import { showApiError } from '../common/showApiError.ts';

const roleOptions = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

/** Roster entries as options; entries already linked to another account are marked. */
export function useMediatorOptions(users: readonly UserAccount[] | undefined, exceptUserId?: string) {
  const mediators = useApiQuery('mediator.list', {});
  return (mediators.data ?? []).map((m) => {
    const owner = users?.find((u) => u.mediatorId === m.id && u.id !== exceptUserId && u.active);
    return {
      value: m.id,
      label: owner ? `${m.name}（已关联 ${owner.username}）` : m.name,
      disabled: !!owner,
    };
  });
}

/**
 * 添加用户; with `mediator` it is the one-step 为调解员创建登录账户 of the 调解员 page: the account is
 * created with role 调解员 and linked to that roster entry, so the login sees the cases assigned to it.
 */
export function CreateUserForm({
  onDone,
  mediator,
}: {
  onDone: () => void;
  mediator?: { readonly id: string; readonly name: string };
}) {
  const create = useApiMutation('user.create', ['user.list', 'mediator.list']);
  const users = useApiQuery('user.list', {});
  const mediatorOptions = useMediatorOptions(users.data);
  const form = useForm<UserCreateInput>({
    mode: 'uncontrolled',
    initialValues: {
      username: '',
      displayName: mediator?.name ?? '',
      role: 'mediator',
      password: '',
      mediatorId: mediator?.id ?? null,
    },
    validate: schemaResolver(userCreateInput, { sync: true }),
  });
  const handleSubmit = form.onSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(values);
      notifications.show({
        color: 'green',
        title: '已添加用户',
        message: `${created.displayName}首次登录时须修改密码。`,
      });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
        form.setErrors(error.fieldErrors);
      else showApiError(error, '没有添加用户');
    }
  });
  return (
    <form onSubmit={handleSubmit} aria-label="添加用户">
      <Stack>
        <TextInput
          label="姓名"
          data-autofocus
          key={form.key('displayName')}
          {...form.getInputProps('displayName')}
        />
        <TextInput
          label="用户名"
          autoComplete="off"
          key={form.key('username')}
          {...form.getInputProps('username')}
        />
        <Select
          label="角色"
          data={roleOptions}
          allowDeselect={false}
          key={form.key('role')}
          {...form.getInputProps('role')}
        />
        <Select
          label="关联调解员名册"
          description="调解员账户须关联名册中的本人，才能看到指派给自己的案件"
          placeholder="不关联"
          data={mediatorOptions}
          clearable
          disabled={mediator !== undefined}
          key={form.key('mediatorId')}
          {...form.getInputProps('mediatorId')}
        />
        <PasswordInput
          label="初始密码"
          description="用户首次登录时须修改"
          autoComplete="new-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            添加
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ResetPasswordForm({ user, onDone }: { user: UserAccount; onDone: () => void }) {
  const reset = useApiMutation('user.resetPassword', ['user.list']);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const checked = newPassword.safeParse(value);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? '密码不符合要求');
    try {
      await reset.mutateAsync({ id: user.id, newPassword: value });
      notifications.show({
        color: 'green',
        title: '密码已重置',
        message: `${user.displayName}下次登录须修改密码，锁定已解除。`,
      });
      onDone();
    } catch (caught) {
      showApiError(caught, '密码没有重置');
    }
  };
  return (
    <Stack>
      <Text size="sm">
        为 {user.displayName}（{user.username}）设置新的初始密码。该用户已登录的会话将被结束。
      </Text>
      <PasswordInput
        label="新的初始密码"
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={error}
        data-autofocus
      />
      <Group justify="flex-end">
        <Button onClick={() => void submit()} loading={reset.isPending}>
          重置密码
        </Button>
      </Group>
    </Stack>
  );
}

export function UserAdminPage() {
  const users = useApiQuery('user.list', {});
  const update = useApiMutation('user.update', ['user.list']);
  const [createOpen, createModal] = useDisclosure();
  const [resetting, setResetting] = useState<UserAccount | null>(null);

  const mediatorOptions = useMediatorOptions(users.data);
  const change = async (
    user: UserAccount,
    changes: { role?: Role; active?: boolean; mediatorId?: string | null },
  ) => {
    try {
      await update.mutateAsync({ id: user.id, ...changes });
    } catch (error) {
      showApiError(error, '没有修改');
    }
  };

  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} href="/settings">
          设置
        </Anchor>
        <Text>用户管理</Text>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} size="h2">
          用户管理
        </Title>
        <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
          添加用户
        </Button>
      </Group>
      {users.isError && <Alert color="red">{users.error.message}</Alert>}
      <DataTable
        aria-label="用户列表"
        withTableBorder
        minHeight={160}
        fetching={users.isFetching}
        records={users.data ?? []}
        noRecordsText="没有用户"
        columns={[
          { accessor: 'displayName', title: '姓名' },
          { accessor: 'username', title: '用户名' },
          {
            accessor: 'role',
            title: '角色',
            render: (user) => (
              <Select
                aria-label={`${user.displayName}的角色`}
                data={roleOptions}
                value={user.role}
                allowDeselect={false}
                size="xs"
                w={170}
                onChange={(role) => role && void change(user, { role: role as Role })}
              />
            ),
          },
          {
            accessor: 'mediatorId',
            title: '调解员名册',
            render: (user) =>
              user.role === 'mediator' ? (
                <Select
                  aria-label={`${user.displayName}关联的调解员`}
                  data={mediatorOptions.map((o) => ({
                    ...o,
                    disabled: o.disabled && o.value !== user.mediatorId,
                  }))}
                  value={user.mediatorId}
                  placeholder="未关联"
                  clearable
                  size="xs"
                  w={190}
                  error={user.mediatorId === null ? '未关联，看不到指派的案件' : undefined}
                  onChange={(mediatorId) => void change(user, { mediatorId })}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ),
          },
          {
            accessor: 'active',
            title: '状态',
            render: (user) =>
              !user.active ? (
                <Badge color="gray">已停用</Badge>
              ) : user.lockedUntil && Date.parse(user.lockedUntil) > Date.now() ? (
                <Badge color="red">已锁定</Badge>
              ) : (
                <Badge color="green">正常</Badge>
              ),
          },
          { accessor: 'createdAt', title: '添加时间', render: (user) => formatDateTime(user.createdAt) },
          {
            accessor: 'actions',
            title: '操作',
            render: (user) => (
              <Menu withinPortal>
                <Menu.Target>
                  <Button size="xs" variant="subtle" aria-label={`${user.displayName}的操作`}>
                    <IconDots size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => setResetting(user)}>重置密码 / 解除锁定</Menu.Item>
                  <Menu.Item
                    color={user.active ? 'red' : undefined}
                    onClick={() => void change(user, { active: !user.active })}
                  >
                    {user.active ? '停用账户' : '重新启用'}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ),
          },
        ]}
      />
      <Modal opened={createOpen} onClose={createModal.close} title="添加用户">
        <CreateUserForm onDone={createModal.close} />
      </Modal>
      <Modal opened={resetting !== null} onClose={() => setResetting(null)} title="重置密码">
        {resetting && <ResetPasswordForm user={resetting} onDone={() => setResetting(null)} />}
      </Modal>
    </Stack>
  );
}
