/** 交单: replies to whoever referred the case (issue 15), with their due date and a dialog to add one. */
import { DateField } from '../../../common/DateField.tsx';
import { Alert, Badge, Select, SimpleGrid, Table, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { caseReplyInput } from '../../../../../shared/schemas/replies.ts';
import { daysRemaining } from '../../../../../shared/deadlines/dayCount.ts';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import { CASE_SOURCE_LABELS } from '../../../../../shared/types/disputeTaxonomy.ts';
import {
  REPLY_CHANNEL_LABELS,
  REPLY_KIND_LABELS,
  REPLY_RESULT_LABELS,
  type ReplyChannel,
  type ReplyKind,
  type ReplyResult,
} from '../../../../../shared/types/replies.ts';
import { caseWriteResolver, optionsOf, todayInChina } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { availability } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { done } from '../dialogs/dialogKit.tsx';
import { Block, Empty, SmallButton } from './Fields.tsx';

function ReplyDialog({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const write = useCaseWrite('reply.record', detail);
  const form = useForm({
    initialValues: {
      kind: (detail.replies.length === 0 ? 'interim' : 'final') as ReplyKind | null,
      repliedOn: todayInChina(),
      channel: 'platform' as ReplyChannel | null,
      recipient: '',
      content: '',
      result: null as ReplyResult | null,
    },
    validate: caseWriteResolver(caseReplyInput),
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="登记答复（交单）"
      submitLabel="保存答复"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const ok = await write.submit(
          {
            ...v,
            kind: v.kind as ReplyKind,
            channel: v.channel as ReplyChannel,
            result: v.result as ReplyResult,
          },
          form.setErrors,
        );
        if (ok) done(onClose, '已登记答复');
      })}
    >
      <SimpleGrid cols={2}>
        <Select
          label="答复类型"
          withAsterisk
          data={optionsOf(REPLY_KIND_LABELS)}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <DateField label="答复日期" withAsterisk {...form.getInputProps('repliedOn')} />
        <Select
          label="答复方式"
          withAsterisk
          data={optionsOf(REPLY_CHANNEL_LABELS)}
          allowDeselect={false}
          {...form.getInputProps('channel')}
        />
        <TextInput
          label="答复对象"
          placeholder="如：12345热线、栖霞区人民法院"
          {...form.getInputProps('recipient')}
        />
      </SimpleGrid>
      <Select
        label="办理结果"
        withAsterisk
        data={optionsOf(REPLY_RESULT_LABELS)}
        {...form.getInputProps('result')}
      />
      <Textarea label="答复内容" withAsterisk autosize minRows={3} {...form.getInputProps('content')} />
    </CaseDialog>
  );
}

export function RepliesTab({ detail }: { detail: CaseDetail }) {
  const can = useCan();
  const [open, setOpen] = useState(false);
  const canReply = availability(detail, 'record_reply').offered && can('reply.record');
  const due = detail.replyFinalOn === null ? detail.replyDueOn : null;
  const left = due ? daysRemaining(todayInChina(), due) : null;
  return (
    <Block
      title="答复转办单位（交单）"
      actions={canReply && <SmallButton onClick={() => setOpen(true)}>登记答复</SmallButton>}
    >
      {due && left !== null && (
        <Alert color={left < 0 ? 'red' : left <= 2 ? 'orange' : 'blue'} title="答复期限">
          来源为“{CASE_SOURCE_LABELS[detail.source]}”，应于 {due} 前答复
          {left < 0 ? `，已超期 ${-left} 天` : left === 0 ? '，今天到期' : `，还有 ${left} 天`}。
        </Alert>
      )}
      {detail.replyFinalOn && (
        <Badge color="green" variant="light">
          已于 {detail.replyFinalOn} 办结答复
        </Badge>
      )}
      {detail.replies.length === 0 ? (
        <Empty>
          {detail.replyDueOn ? '还没有答复记录。' : '本案来源无需答复转办单位；如有答复也可在此登记。'}
        </Empty>
      ) : (
        <Table withTableBorder striped aria-label="答复记录">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>日期</Table.Th>
              <Table.Th>类型</Table.Th>
              <Table.Th>方式</Table.Th>
              <Table.Th>答复对象</Table.Th>
              <Table.Th>办理结果</Table.Th>
              <Table.Th>内容</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.replies.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.repliedOn}</Table.Td>
                <Table.Td>{REPLY_KIND_LABELS[r.kind]}</Table.Td>
                <Table.Td>{REPLY_CHANNEL_LABELS[r.channel]}</Table.Td>
                <Table.Td>{r.recipient || '—'}</Table.Td>
                <Table.Td>{REPLY_RESULT_LABELS[r.result]}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.content}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && <ReplyDialog detail={detail} onClose={() => setOpen(false)} />}
    </Block>
  );
}
