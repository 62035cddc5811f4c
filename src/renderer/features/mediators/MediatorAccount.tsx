/**
 * 调解员 page, for the administrator: which login belongs to a roster entry, or create it in one step
 * (role 调解员, linked to this entry), so a mediator who logs in sees the cases assigned to them.
 */
import { Button, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Mediator } from '../../../shared/types/mediator.ts';
import type { UserAccount } from '../../../shared/types/account.ts';
import { CreateUserForm } from '../users/UserAdminPage.tsx';

export function MediatorAccount({ mediator, users }: { mediator: Mediator; users: readonly UserAccount[] }) {
  const [opened, modal] = useDisclosure();
  const account = users.find((u) => u.mediatorId === mediator.id && u.active);
  if (account) return <Text size="sm">{account.username}</Text>;
  return (
    <>
      <Button size="xs" variant="light" onClick={modal.open} aria-label={`为${mediator.name}创建登录账户`}>
        创建登录账户
      </Button>
      <Modal opened={opened} onClose={modal.close} title={`为调解员${mediator.name}创建登录账户`}>
        {opened && <CreateUserForm mediator={mediator} onDone={modal.close} />}
      </Modal>
    </>
  );
}
