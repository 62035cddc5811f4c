/**
 * 答复时限: for each referral source, how long the centre has to reply (交单), in working days or
 * calendar days. Saving moves the reply due dates of open cases (each case's timeline says so).
 */
import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { roleHasPermission } from '../../../shared/api/roles.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import {
  CASE_SOURCE_GROUP,
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  type CaseSource,
} from '../../../shared/types/disputeTaxonomy.ts';
import {
  REPLY_DAY_UNIT_LABELS,
  type ReplyDayUnit,
  type ReplyRule,
  type ReplyRules,
} from '../../../shared/types/replies.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { SettingsCrumbs } from './SettingsCrumbs.tsx';

const SOURCES = CASE_SOURCES.filter((s) => CASE_SOURCE_GROUP[s] === 'referral');
const NONE = 'none';

function RulesEditor({
  rules,
  defaults,
  canEdit,
}: {
  rules: ReplyRules;
  defaults: ReplyRules;
  canEdit: boolean;
}) {
  const save = useApiMutation('reply.setRules', [
    'reply.rules',
    'workQueue.get',
    'deadline.list',
    'case.get',
  ]);
  const initial = Object.fromEntries(
    SOURCES.map((s) => [s, Object.hasOwn(rules, s) ? (rules[s] ?? null) : (defaults[s] ?? null)]),
  ) as Record<CaseSource, ReplyRule | null>;
  const [values, setValues] = useState(initial);
  const set = (source: CaseSource, rule: ReplyRule | null) => setValues({ ...values, [source]: rule });
  const submit = async () => {
    try {
      await save.mutateAsync({ rules: values });
      notifications.show({
        color: 'green',
        title: '已保存',
        message: '答复时限已更新，在办案件的答复期限已重算。',
      });
    } catch (error) {
      showApiError(error, '答复时限没有保存');
    }
  };
  return (
    <Stack>
      <Table withTableBorder aria-label="各来源答复时限">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>案件来源</Table.Th>
            <Table.Th w={140}>天数</Table.Th>
            <Table.Th w={200}>计算方式</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SOURCES.map((source) => {
            const rule = values[source];
            return (
              <Table.Tr key={source}>
                <Table.Td>{CASE_SOURCE_LABELS[source]}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${CASE_SOURCE_LABELS[source]}答复天数`}
                    min={1}
                    max={180}
                    disabled={!canEdit || rule === null}
                    value={rule?.days ?? ''}
                    onChange={(v) => rule && set(source, { ...rule, days: Number(v) || 1 })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${CASE_SOURCE_LABELS[source]}计算方式`}
                    disabled={!canEdit}
                    allowDeselect={false}
                    value={rule ? rule.unit : NONE}
                    data={[
                      { value: 'working', label: `按${REPLY_DAY_UNIT_LABELS.working}` },
                      { value: 'calendar', label: `按${REPLY_DAY_UNIT_LABELS.calendar}` },
                      { value: NONE, label: '无需答复' },
                    ]}
                    onChange={(v) =>
                      set(
                        source,
                        v === NONE || !v ? null : { days: rule?.days ?? 15, unit: v as ReplyDayUnit },
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={save.isPending}>
            保存答复时限
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function ReplyRulesPage({ user }: { user: SessionUser }) {
  const rules = useApiQuery('reply.rules', {});
  return (
    <Stack>
      <SettingsCrumbs current="答复时限" />
      <Title order={1} size="h2">
        答复转办单位的时限（交单）
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        12345
        热线、法院委派/委托、公安、信访和上级交办的案件，须在期限内把办理结果答复转办单位。期限从收到转办之日的次日起算；按自然日计算的，最后一日是节假日或周末的顺延到其后第一个工作日。
      </Text>
      <Paper withBorder p="md">
        {rules.isError && <Alert color="red">{rules.error.message}</Alert>}
        {rules.data && (
          <RulesEditor
            key={rules.dataUpdatedAt}
            rules={rules.data.rules}
            defaults={rules.data.defaults}
            canEdit={roleHasPermission(user.role, 'settings.manage')}
          />
        )}
      </Paper>
    </Stack>
  );
}
