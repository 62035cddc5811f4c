import { Button, Menu, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { ROLE_LABELS } from '../../shared/api/roles.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import { useApiMutation } from '../api/useApi.ts';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm.tsx';
import { showApiError } from '../features/common/showApiError.ts';
import { setSessionNotice } from './sessionNotice.ts';

/** Who is logged in, and the quick switch for a shared front-desk PC. */
export function UserMenu({ user }: { user: SessionUser }) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const logout = useApiMutation('auth.logout');
  const [passwordOpen, password] = useDisclosure();

  const endSession = async (notice: string | null) => {
    try {
      await logout.mutateAsync({});
      // The next person starts on 工作台, not on the case the previous one had open.
      navigate('/', { replace: true });
      setSessionNotice(notice);
      queryClient.clear();
    } catch (error) {
      showApiError(error, '没有退出登录');
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            rightSection={<IconChevronDown size={14} />}
            leftSection={<IconUserCircle size={18} />}
          >
            {user.displayName}（{ROLE_LABELS[user.role]}）
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconUsers size={16} />}
            onClick={() => void endSession('请下一位工作人员登录。')}
          >
            切换用户
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={password.open}>
            修改密码
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void endSession(null)}>
            退出登录
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={passwordOpen} onClose={password.close} title="修改密码">
        <Text size="sm" c="dimmed" mb="sm">
          {user.displayName}（{user.username}）
        </Text>
        <ChangePasswordForm onDone={password.close} />
      </Modal>
    </>
  );
}
