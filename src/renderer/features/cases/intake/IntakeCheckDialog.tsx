import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { OPEN_CASE_STATUSES } from '../../../../shared/types/caseStatus.ts';
import type { DuplicateCaseLink, IntakeCheck } from '../../../../shared/types/dispute.ts';
import { useApiQuery } from '../../../api/useApi.ts';
import { formatDateTime } from '../../common/formatDateTime.ts';
import { CaseStatusBadge } from '../CaseStatusBadge.tsx';
import { caseNoLabel } from '../../../../shared/cases/caseNoLabel.ts';

/** 重复纠纷 when the other case is still being handled, 重复来访 when it was already dealt with. */
function repeatKind(link: DuplicateCaseLink): { label: string; color: string } {
  return OPEN_CASE_STATUSES.includes(link.status)
    ? { label: '重复纠纷', color: 'red' }
    : { label: '重复来访', color: 'orange' };
}

function CasePreview({ caseId }: { caseId: string }) {
  const detail = useApiQuery('case.get', { id: caseId });
  if (detail.isPending) return <Loader size="sm" aria-label="正在加载" />;
  if (detail.isError) return <Text c="red">{detail.error.message}</Text>;
  const c = detail.data;
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600}>{c.title}</Text>
          <CaseStatusBadge status={c.status} size="sm" />
        </Group>
        <Text size="sm">案号：{caseNoLabel(c.caseNo, c.status)}</Text>
        <Text size="sm">当事人：{c.parties.map((p) => p.name).join('、')}</Text>
        <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
          {c.summary}
        </Text>
        <Anchor component={Link} href={`/cases/${c.id}`} size="sm">
          打开该案件（将离开登记页，本页填写的内容不保存）
        </Anchor>
      </Stack>
    </Paper>
  );
}

/**
 * What `case.checkIntake` found before saving: parties who appear in other cases (with the cases, which
 * can be looked at here without losing the form) and sex/age/ID warnings. Never blocks: the clerk decides.
 */
export function IntakeCheckDialog({
  check,
  partyNames,
  saving,
  onContinue,
  onClose,
}: {
  check: IntakeCheck | null;
  partyNames: readonly string[];
  saving: boolean;
  onContinue: () => void;
  onClose: () => void;
}) {
  const [previewId, setPreviewId] = useState<string | null>(null);
  return (
    <Modal opened={check !== null} onClose={onClose} title="登记前核对" size="xl">
      {check && (
        <Stack>
          {check.duplicates.length > 0 && (
            <Alert color="orange" icon={<IconCopy />} title="当事人在其他案件中出现过">
              请核对是否为同一纠纷重复登记（重复纠纷），或当事人再次来访（重复来访）。确认无误后可以继续登记。
            </Alert>
          )}
          {check.duplicates.map((dup) => (
            <Stack key={`${dup.partyIndex}-${dup.matchedBy}`} gap="xs">
              <Text fw={600} size="sm">
                {partyNames[dup.partyIndex] || `第 ${dup.partyIndex + 1} 位当事人`}：{dup.message}
              </Text>
              {/* A scoped 调解员 is told only that the person appears elsewhere: no rows to show. */}
              {dup.cases.length > 0 && (
                <Table withTableBorder striped aria-label={`${partyNames[dup.partyIndex] ?? ''}的其他案件`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>提示</Table.Th>
                      <Table.Th>案号</Table.Th>
                      <Table.Th>纠纷名称</Table.Th>
                      <Table.Th>状态</Table.Th>
                      <Table.Th>身份</Table.Th>
                      <Table.Th>登记时间</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {dup.cases.map((link) => {
                      const kind = repeatKind(link);
                      return (
                        <Table.Tr key={link.caseId}>
                          <Table.Td>
                            <Badge color={kind.color} variant="light">
                              {kind.label}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{caseNoLabel(link.caseNo, link.status)}</Table.Td>
                          <Table.Td>{link.title}</Table.Td>
                          <Table.Td>
                            <CaseStatusBadge status={link.status} size="sm" />
                          </Table.Td>
                          <Table.Td>
                            {link.partyName}（{link.role}）
                          </Table.Td>
                          <Table.Td>{formatDateTime(link.registeredAt)}</Table.Td>
                          <Table.Td>
                            <Button
                              size="xs"
                              variant="subtle"
                              onClick={() => setPreviewId(previewId === link.caseId ? null : link.caseId)}
                            >
                              {previewId === link.caseId ? '收起' : '查看'}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              )}
              {dup.cases.some((l) => l.caseId === previewId) && previewId && (
                <CasePreview caseId={previewId} />
              )}
            </Stack>
          ))}
          {check.warnings.length > 0 && (
            <Alert color="yellow" icon={<IconAlertTriangle />} title="请核对">
              <Stack gap={4}>
                {check.warnings.map((w) => {
                  const index = /^parties\.(\d+)\./.exec(w.path)?.[1];
                  const who =
                    index === undefined
                      ? ''
                      : `${partyNames[Number(index)] || `第 ${Number(index) + 1} 位当事人`}：`;
                  return (
                    <Text size="sm" key={`${w.path}:${w.message}`}>
                      {who}
                      {w.message}
                    </Text>
                  );
                })}
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              返回修改
            </Button>
            <Button onClick={onContinue} loading={saving} data-autofocus>
              继续登记
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
