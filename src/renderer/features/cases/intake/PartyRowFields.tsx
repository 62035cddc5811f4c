import { Badge, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconId, IconTrash } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import type { PartyCheck } from '../../../../shared/cases/partyChecks.ts';
import {
  AGENT_AUTHORITY_LABELS,
  ID_TYPE_LABELS,
  isAgentRole,
  PARTY_KIND_LABELS,
  PARTY_ROLE_LABELS,
  SEX_VALUES,
} from '../../../../shared/types/partyTaxonomy.ts';
import { optionsOf, todayInChina } from '../caseUi.ts';
import { DateField } from '../../common/DateField.tsx';
import type { PartyFormRow } from './partyForm.ts';

export type PartyField = Exclude<keyof PartyFormRow, 'key'>;

export interface PrincipalOption {
  readonly value: string;
  readonly label: string;
}

/**
 * The inputs of one party, in the order of the paper 申请书 block (姓名, 证件, 性别, 出生日期, 民族, 职业,
 * 联系方式, 住址), with what the ID number says shown under them. Used by the intake form (one per row)
 * and by the party dialog on the case page.
 */
export function PartyRowFields({
  row,
  idPrefix,
  heading,
  errors,
  check,
  showIdError,
  principals,
  onChange,
  onIdBlur,
  onRemove,
  removeLabel,
  identityHint,
}: {
  row: PartyFormRow;
  /** Prefix for element ids (`party-3`), so a new row can be focused. */
  idPrefix: string;
  heading?: string;
  errors: Partial<Record<PartyField, string>>;
  check: PartyCheck;
  /** Show the checksum error only once the number was left (not while it is being typed). */
  showIdError: boolean;
  principals: readonly PrincipalOption[];
  onChange: <F extends PartyField>(field: F, value: PartyFormRow[F]) => void;
  onIdBlur: () => void;
  onRemove?: () => void;
  removeLabel?: string;
  /** Shown under the ID and phone inputs, e.g. "留空表示不修改". */
  identityHint?: string;
}) {
  const natural = row.kind === 'natural';
  const agent = isAgentRole(row.role);
  const idError = errors.idNumber ?? (showIdError ? check.errors['idNumber'] : undefined);
  const warnings = check.warnings;
  const derived = check.derived;
  const text = (field: PartyField) => ({
    id: `${idPrefix}-${field}`,
    value: row[field] as string,
    error: errors[field],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onChange(field, e.currentTarget.value as never),
  });

  return (
    <Paper withBorder p="sm" component="fieldset" aria-label={heading} style={{ minWidth: 0 }}>
      <Stack gap="xs">
        {heading && (
          <Group gap="xs">
            <Text fw={600} size="sm">
              {heading}
            </Text>
            <Badge variant="light" color={agent ? 'gray' : row.role === 'applicant' ? 'indigo' : 'teal'}>
              {PARTY_ROLE_LABELS[row.role]}
            </Badge>
          </Group>
        )}
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing="xs">
          <NativeSelect label="身份" data={optionsOf(PARTY_ROLE_LABELS)} {...text('role')} />
          <NativeSelect label="类型" data={optionsOf(PARTY_KIND_LABELS)} {...text('kind')} />
          <TextInput label={natural ? '姓名' : '名称'} withAsterisk {...text('name')} />
          <NativeSelect
            label="证件类型"
            data={[
              { value: '', label: natural ? '自动识别（身份证）' : '自动识别（信用代码）' },
              ...optionsOf(ID_TYPE_LABELS),
            ]}
            {...text('idType')}
          />
          <TextInput
            label={natural ? '证件号码' : '统一社会信用代码'}
            {...text('idNumber')}
            error={idError}
            description={identityHint}
            onBlur={onIdBlur}
            autoComplete="off"
            spellCheck={false}
          />
          {natural && (
            <>
              <NativeSelect
                label="性别"
                data={[{ value: '', label: '—' }, ...SEX_VALUES.map((s) => ({ value: s, label: s }))]}
                {...text('sex')}
              />
              <DateField
                label="出生日期"
                id={`${idPrefix}-birthDate`}
                maxDate={todayInChina()}
                value={row.birthDate}
                error={errors.birthDate}
                onChange={(value) => onChange('birthDate', value)}
              />
              <TextInput label="民族" placeholder="汉族" {...text('ethnicity')} />
            </>
          )}
          <TextInput label={natural ? '职业或职务' : '单位性质或行业'} {...text('occupation')} />
          <TextInput
            label="联系电话"
            placeholder="多个号码用顿号分隔"
            description={identityHint}
            inputMode="tel"
            {...text('phones')}
          />
          <TextInput
            label={natural ? '住址' : '住所'}
            {...text('address')}
            style={{ gridColumn: natural ? 'span 2' : undefined }}
          />
          {!natural && (
            <>
              <TextInput label="法定代表人/负责人" {...text('representativeName')} />
              <TextInput label="职务" {...text('representativeTitle')} />
            </>
          )}
          {agent && (
            <>
              <NativeSelect
                label="被代理人"
                withAsterisk
                data={[{ value: '', label: '请选择' }, ...principals]}
                id={`${idPrefix}-principalKey`}
                value={row.principalKey ?? ''}
                error={errors.principalKey}
                onChange={(e) => onChange('principalKey', e.currentTarget.value || null)}
              />
              <TextInput label="与被代理人的关系" placeholder="如：父子、律师" {...text('agentRelation')} />
              {row.role === 'entrusted_agent' && (
                <NativeSelect
                  label="代理权限"
                  data={[{ value: '', label: '—' }, ...optionsOf(AGENT_AUTHORITY_LABELS)]}
                  {...text('agentAuthority')}
                />
              )}
            </>
          )}
        </SimpleGrid>
        {derived && (
          <Group gap={6}>
            <IconId size={16} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              证件号码显示：{derived.sex}，{derived.birthDate} 出生，{derived.age} 周岁
            </Text>
          </Group>
        )}
        {warnings.map((w) => (
          <Group key={`${w.path}:${w.message}`} gap={6} wrap="nowrap" role="status">
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" style={{ flexShrink: 0 }} />
            <Text size="xs" c="orange.8">
              {w.message}
            </Text>
          </Group>
        ))}
        {onRemove && (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={14} />}
              onClick={onRemove}
              aria-label={removeLabel}
            >
              删除
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
