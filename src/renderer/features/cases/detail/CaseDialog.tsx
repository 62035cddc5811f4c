import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useEffect, type FormEvent, type ReactNode } from 'react';
import { focusFirstFieldInDialog, focusNextActionIfLost } from '../../../app/modalFocus.ts';
import { focusFirstInvalidSoon } from '../../common/focusFirstInvalid.ts';
import { useBackfilling } from '../backfill/backfillContext.ts';

/**
 * The frame of every transition dialog: a form with the step's own fields, the server's message when
 * it refuses (wrong state, stale version), and 取消 / the step's verb.
 */
export function CaseDialog({
  opened,
  onClose,
  title,
  description,
  submitLabel,
  onSubmit,
  pending,
  error,
  conflict,
  children,
  size = 'lg',
  danger = false,
  submitDisabled = false,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  error: string | null;
  conflict?: boolean;
  children: ReactNode;
  size?: string;
  danger?: boolean;
  submitDisabled?: boolean;
}) {
  const backfilling = useBackfilling();
  // The cursor starts in the first field, not on ✕; when the dialog goes (closed or unmounted after
  // its step) and the button that opened it is gone, it moves to the next action.
  useEffect(() => {
    if (!opened) return undefined;
    const cancel = focusFirstFieldInDialog();
    return () => {
      cancel();
      setTimeout(focusNextActionIfLost, 250);
    };
  }, [opened]);
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} closeOnClickOutside={false}>
      <form
        onSubmit={(event) => {
          onSubmit(event);
          // A field the dialog's validation refused gets the cursor.
          focusFirstInvalidSoon(event.currentTarget);
        }}
        aria-label={title}
        noValidate
      >
        <Stack>
          {backfilling && (
            <Text size="sm" c="orange.9" fw={600}>
              补录历史案件：请按纸质卷宗填写这一步实际发生的日期。
            </Text>
          )}
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
          {error && (
            <Alert
              role="alert"
              color={conflict ? 'orange' : 'red'}
              icon={conflict ? <IconRefresh /> : <IconAlertTriangle />}
              title={conflict ? '案件已被修改' : '没有完成'}
            >
              {error}
            </Alert>
          )}
          {children}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button
              type="submit"
              loading={pending}
              color={danger ? 'red' : undefined}
              disabled={submitDisabled}
            >
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
