import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'wouter';

export function SettingsCrumbs({ current }: { current: string }) {
  return (
    <Breadcrumbs>
      <Anchor component={Link} href="/settings">
        设置
      </Anchor>
      <Text>{current}</Text>
    </Breadcrumbs>
  );
}
