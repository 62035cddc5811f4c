import { CopyButton, Group, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import { ATTACHMENT_KIND_LABELS } from '../../../../../shared/types/outcomeTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { formatDateTime } from '../../../common/formatDateTime.ts';
import { formatBytes } from '../../caseUi.ts';
import type { OpenDialog } from '../CaseDialogs.tsx';
import { availability, partyName } from '../caseFacts.ts';
import { useCan } from '../useCan.ts';
import { DossierChecklist } from '../dialogs/ArchiveDialog.tsx';
import { Block, Empty, SmallButton } from './Fields.tsx';

export function AttachmentsTab({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const canAdd = availability(detail, 'add_attachment').offered && can('attachment.add');
  const dossier = useApiQuery('case.dossierCheck', { caseId: detail.id });
  return (
    <Stack>
      <Block
        title={`附件（${detail.attachments.length}）`}
        actions={canAdd && <SmallButton onClick={() => open({ kind: 'attachment' })}>添加附件</SmallButton>}
      >
        {detail.attachments.length === 0 ? (
          <Empty>没有附件。证据、身份证明、授权委托书、收条等可以在这里添加。</Empty>
        ) : (
          <Table withTableBorder striped aria-label="附件列表">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>材料</Table.Th>
                <Table.Th>类型</Table.Th>
                <Table.Th>文件</Table.Th>
                <Table.Th>大小</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th>当事人</Table.Th>
                <Table.Th>添加</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.title}
                    {a.pages ? `（${a.pages}页）` : ''}
                  </Table.Td>
                  <Table.Td>{ATTACHMENT_KIND_LABELS[a.kind]}</Table.Td>
                  <Table.Td>{a.fileName}</Table.Td>
                  <Table.Td>{formatBytes(a.sizeBytes)}</Table.Td>
                  <Table.Td>
                    <CopyButton value={a.sha256}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? '已复制' : `${a.sha256}（点击复制）`} multiline w={300}>
                          <UnstyledButton onClick={copy} aria-label={`SHA-256 ${a.sha256}`}>
                            <Text size="xs" ff="monospace">
                              {a.sha256.slice(0, 16)}…
                            </Text>
                          </UnstyledButton>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Table.Td>
                  <Table.Td>{a.partyId ? partyName(detail, a.partyId) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {formatDateTime(a.addedAt)} {a.addedBy}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Block>
      <Block title="卷宗必备材料">
        {dossier.data ? (
          <DossierChecklist items={dossier.data.items} />
        ) : (
          <Group>
            <Text size="sm" c="dimmed">
              {dossier.isError ? dossier.error.message : '正在检查……'}
            </Text>
          </Group>
        )}
      </Block>
    </Stack>
  );
}
