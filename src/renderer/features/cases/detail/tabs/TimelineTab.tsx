import { Alert, Badge, Group, Loader, Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { formatDateTime } from '../../../common/formatDateTime.ts';
import { CaseStatusBadge } from '../../CaseStatusBadge.tsx';
import { Block } from './Fields.tsx';

/** 时间线: every change to the case, newest first, with who did it and when. */
export function TimelineTab({ detail }: { detail: CaseDetail }) {
  // Refreshed after every write by useCaseWrite.
  const events = useApiQuery('case.timeline', { caseId: detail.id });
  return (
    <Block title="办理记录">
      {events.isPending ? (
        <Loader size="sm" aria-label="正在加载" />
      ) : events.isError ? (
        <Alert color="red">{events.error.message}</Alert>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={events.data.length} aria-label="时间线">
          {[...events.data].reverse().map((e) => (
            <Timeline.Item
              key={e.id}
              title={
                <Group gap="xs">
                  {e.backfill && (
                    <Badge size="sm" color="orange" variant="light">
                      补录
                    </Badge>
                  )}
                  <Text size="sm" fw={600}>
                    {e.summary}
                  </Text>
                  {e.toStatus && (
                    <Group gap={4}>
                      {e.fromStatus && <CaseStatusBadge status={e.fromStatus} size="sm" />}
                      {e.fromStatus && <IconArrowRight size={12} />}
                      <CaseStatusBadge status={e.toStatus} size="sm" />
                    </Group>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {e.backfill
                  ? `实际日期 ${e.businessOn ?? '（未注明）'} · 补录：${e.actor} 于 ${formatDateTime(e.occurredAt)} 录入`
                  : `${formatDateTime(e.occurredAt)} · ${e.actor}`}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Block>
  );
}
