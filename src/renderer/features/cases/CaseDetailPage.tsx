import { Alert, Anchor, Badge, Breadcrumbs, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApiQuery } from '../../api/useApi.ts';
import { CaseActions } from './detail/CaseActions.tsx';
import { CaseDialogs, type DialogRequest } from './detail/CaseDialogs.tsx';
import { CaseHeader } from './detail/CaseHeader.tsx';
import { AgreementTab } from './detail/tabs/AgreementTab.tsx';
import { AttachmentsTab } from './detail/tabs/AttachmentsTab.tsx';
import { FollowUpsTab } from './detail/tabs/FollowUpsTab.tsx';
import { OverviewTab } from './detail/tabs/OverviewTab.tsx';
import { PartiesTab } from './detail/tabs/PartiesTab.tsx';
import { SessionsTab } from './detail/tabs/SessionsTab.tsx';
import { TimelineTab } from './detail/tabs/TimelineTab.tsx';
import { TransfersTab } from './detail/tabs/TransfersTab.tsx';
import { ImportedCaseNote } from '../ledger/ImportedCaseNote.tsx';
import { RepliesTab } from './detail/tabs/RepliesTab.tsx';
import { CaseDocumentsPanel } from '../documents/CaseDocumentsPanel.tsx';
import { CaseBackfillBanner } from './backfill/CaseBackfillBanner.tsx';
import { CaseLawPanel } from '../laws/CaseLawPanel.tsx';
import { useCan } from './detail/useCan.ts';
import { BackfillContext } from './backfill/backfillContext.ts';

function Count({ n }: { n: number }) {
  return n > 0 ? (
    <Badge size="xs" variant="light" circle>
      {n}
    </Badge>
  ) : null;
}

/**
 * 案件详情: header with number, status, type, risk, deadline and mediators; a button for each
 * transition the current status allows (each opening a dialog asking only what that step needs); tabs
 * for parties, sessions, agreement, follow-ups, transfers, attachments and the timeline.
 */
export function CaseDetailPage({ id }: { id: string }) {
  const detail = useApiQuery('case.get', { id });
  const [tab, setTab] = useState<string | null>('overview');
  const [dialog, setDialog] = useState<DialogRequest | null>(null);
  const can = useCan();
  const canReadLaws = can('law.forCase');

  if (detail.isPending) return <Loader aria-label="正在加载" />;
  if (detail.isError) {
    return (
      <Stack>
        <Breadcrumbs>
          <Anchor component={Link} href="/cases">
            案件
          </Anchor>
          <Text>案件详情</Text>
        </Breadcrumbs>
        <Alert color="red" title="无法打开案件">
          {detail.error.message}
        </Alert>
      </Stack>
    );
  }
  const c = detail.data;
  return (
    <Stack>
      <CaseBackfillBanner detail={c} />
      <CaseHeader detail={c} actions={<CaseActions detail={c} open={setDialog} />} />
      <ImportedCaseNote caseId={c.id} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">概况</Tabs.Tab>
          <Tabs.Tab value="parties" rightSection={<Count n={c.parties.length} />}>
            当事人
          </Tabs.Tab>
          <Tabs.Tab value="sessions" rightSection={<Count n={c.sessions.length} />}>
            调解记录
          </Tabs.Tab>
          <Tabs.Tab value="agreement">协议</Tabs.Tab>
          <Tabs.Tab value="followUps" rightSection={<Count n={c.followUps.length} />}>
            回访
          </Tabs.Tab>
          <Tabs.Tab value="transfers" rightSection={<Count n={c.transfers.length} />}>
            移交
          </Tabs.Tab>
          <Tabs.Tab value="replies" rightSection={<Count n={c.replies.length} />}>
            答复
          </Tabs.Tab>
          <Tabs.Tab value="attachments" rightSection={<Count n={c.attachments.length} />}>
            附件
          </Tabs.Tab>
          <Tabs.Tab value="documents">文书</Tabs.Tab>
          {canReadLaws && <Tabs.Tab value="laws">法条与类案</Tabs.Tab>}
          <Tabs.Tab value="timeline">时间线</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="parties" pt="md">
          <PartiesTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="sessions" pt="md">
          <SessionsTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="agreement" pt="md">
          <AgreementTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="followUps" pt="md">
          <FollowUpsTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="transfers" pt="md">
          <TransfersTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="replies" pt="md">
          <RepliesTab detail={c} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments" pt="md">
          <AttachmentsTab detail={c} open={setDialog} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          {/* Mounted only when opened: the panel loads templates and versions on its own. */}
          <CaseDocumentsPanel caseId={c.id} />
        </Tabs.Panel>
        {canReadLaws && (
          <Tabs.Panel value="laws" pt="md">
            <CaseLawPanel caseId={c.id} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="timeline" pt="md">
          <TimelineTab detail={c} />
        </Tabs.Panel>
      </Tabs>
      <BackfillContext value={c.backfill?.open === true}>
        <CaseDialogs request={dialog} detail={c} onClose={() => setDialog(null)} />
      </BackfillContext>
    </Stack>
  );
}
