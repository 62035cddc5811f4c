import { Alert, Button, Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../common/formatDateTime.ts';

/**
 * The banner on every 补录 screen: the user is entering a case that already happened, from its paper
 * dossier, not handling a live one.
 */
export function BackfillBanner({
  by,
  at,
  action,
}: {
  by?: string | undefined;
  at?: string | undefined;
  action?: ReactNode;
}) {
  return (
    <Alert
      color="orange"
      variant="filled"
      icon={<IconHistory />}
      title="正在补录历史案件…"
      role="status"
      aria-label="正在补录历史案件"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">
          这是一件已经发生过的纸质案件，不是正在办理的新案件。每一步请按纸质卷宗填写实际发生的日期
          （登记、受理、指派、调查/调解、协议、履行、回访、结案、归档）；各步骤在时间线和审计日志中记为“补录”
          {by ? `，由 ${by}${at ? ` 于 ${formatDateTime(at)}` : ''} 开始录入` : ''}。
        </Text>
        {action}
      </Group>
    </Alert>
  );
}

export function FinishBackfillButton({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  return (
    <Button
      color="dark"
      variant="white"
      size="xs"
      onClick={onClick}
      loading={loading}
      style={{ flexShrink: 0 }}
    >
      完成补录
    </Button>
  );
}
