import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { changePasswordInput, type ChangePasswordInput } from '../../../shared/schemas/account.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';

type Values = ChangePasswordInput & { confirmPassword: string };
const validateSchema = schemaResolver(changePasswordInput, { sync: true });

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const queryClient = useQueryClient();
  const change = useApiMutation('auth.changePassword');
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => ({
      ...validateSchema(values),
      ...(values.confirmPassword !== values.newPassword && { confirmPassword: '两次输入的新密码不一致' }),
    }),
  });
  const handleSubmit = form.onSubmit(async ({ confirmPassword: _confirm, ...values }) => {
    try {
      await change.mutateAsync(values);
      notifications.show({ color: 'green', title: '密码已修改', message: '下次登录请使用新密码。' });
      await queryClient.invalidateQueries({ queryKey: ['auth.me'] });
      onDone?.();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') form.setErrors(error.fieldErrors);
      else showApiError(error, '密码没有修改');
    }
  });
  return (
    <form onSubmit={handleSubmit} aria-label="修改密码">
      <Stack>
        <PasswordInput
          label="当前密码"
          autoComplete="current-password"
          data-autofocus
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="新密码"
          description="至少 8 位，须同时包含字母和数字"
          autoComplete="new-password"
          key={form.key('newPassword')}
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="再次输入新密码"
          autoComplete="new-password"
          key={form.key('confirmPassword')}
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            修改密码
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
