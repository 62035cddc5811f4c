import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled value in a read-only grid; empty values show a dash. */
export function Field({ label, children, span }: { label: string; children: ReactNode; span?: number }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={0} style={span ? { gridColumn: `span ${span}` } : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : typeof children === 'string' || typeof children === 'number' ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

export function FieldGrid({ children, cols = 4 }: { children: ReactNode; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 2, md: cols }} spacing="md" verticalSpacing="sm">
      {children}
    </SimpleGrid>
  );
}

/** A titled block inside a tab, with optional buttons on the right. */
export function Block({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

export function SmallButton({
  children,
  onClick,
  color,
}: {
  children: ReactNode;
  onClick: () => void;
  color?: string;
}) {
  return (
    <Button size="xs" variant="light" color={color} onClick={onClick}>
      {children}
    </Button>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}
