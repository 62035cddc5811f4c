import { Alert, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** An honest empty page for a section whose feature has not been built yet. */
export function NotYetAvailable({ title, what }: { title: string; what: string }) {
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert icon={<IconInfoCircle />} color="gray" title="此功能尚未开放">
        {what}将在后续版本中提供。
      </Alert>
    </Stack>
  );
}
