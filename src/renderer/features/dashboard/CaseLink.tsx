import { Anchor, Text } from '@mantine/core';
import { Link } from 'wouter';

/** The case number once accepted (the title under it), otherwise the title alone. */
export function CaseLink({ id, caseNo, title }: { id: string; caseNo: string | null; title: string }) {
  return (
    <div>
      <Anchor component={Link} href={`/cases/${id}`} size="sm">
        {caseNo ?? title}
      </Anchor>
      {caseNo && (
        <Text size="xs" c="dimmed" lineClamp={1}>
          {title}
        </Text>
      )}
    </div>
  );
}
