import { Badge } from '@mantine/core';

/** Red once past due, orange while due within the window: the colours the clerk scans for. */
export function dueColor(daysLeft: number): 'red' | 'orange' {
  return daysLeft < 0 ? 'red' : 'orange';
}

export function dueText(daysLeft: number): string {
  if (daysLeft < 0) return `超期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今天到期';
  return `还剩 ${daysLeft} 天`;
}

export function DueBadge({ daysLeft }: { daysLeft: number }) {
  return (
    <Badge color={dueColor(daysLeft)} variant={daysLeft < 0 ? 'filled' : 'light'}>
      {dueText(daysLeft)}
    </Badge>
  );
}
