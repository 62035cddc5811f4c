import { Select, Table, Text } from '@mantine/core';
import {
  LEDGER_FIELDS,
  LEDGER_FIELD_LABELS,
  type LedgerField,
  type LedgerPreview,
} from '../../../shared/types/ledgerImport.ts';
import {
  DISPUTE_TYPES,
  DISPUTE_TYPE_LABELS,
  type DisputeType,
} from '../../../shared/types/disputeTaxonomy.ts';

const NONE = '__none';
const FIELD_OPTIONS = [
  { value: NONE, label: '（不导入）' },
  ...LEDGER_FIELDS.map((f) => ({ value: f, label: LEDGER_FIELD_LABELS[f] })),
];

/** 核对列: each column of the file with a few sample values and what it is imported as. */
export function LedgerMappingTable({
  preview,
  columns,
  onChange,
}: {
  preview: LedgerPreview;
  columns: readonly (LedgerField | null)[];
  onChange: (columns: (LedgerField | null)[]) => void;
}) {
  return (
    <Table withTableBorder striped aria-label="列对应关系" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>列</Table.Th>
          <Table.Th w={200}>文件中的表头</Table.Th>
          <Table.Th>示例</Table.Th>
          <Table.Th w={220}>导入为</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {preview.columns.map((column, i) => {
          const samples = preview.sample
            .map((row) => row.cells[i] ?? '')
            .filter((v) => v !== '')
            .slice(0, 2);
          const header = column.header || '（无表头）';
          return (
            <Table.Tr key={column.index}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{header}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {samples.join('；') || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`第 ${i + 1} 列“${header}”导入为`}
                  data={FIELD_OPTIONS}
                  value={columns[i] ?? NONE}
                  allowDeselect={false}
                  onChange={(value) => {
                    const next = [...columns];
                    next[i] = value === null || value === NONE ? null : (value as LedgerField);
                    onChange(next);
                  }}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

const TYPE_OPTIONS = DISPUTE_TYPES.map((t) => ({ value: t, label: DISPUTE_TYPE_LABELS[t] }));

/** 纠纷类型 words the program does not know, each mapped by hand to one of the 15 types. */
export function DisputeTypeMapping({
  words,
  value,
  onChange,
}: {
  words: readonly string[];
  value: Readonly<Record<string, DisputeType>>;
  onChange: (value: Record<string, DisputeType>) => void;
}) {
  if (words.length === 0) return null;
  return (
    <Table withTableBorder aria-label="无法识别的纠纷类型" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>文件中的纠纷类型</Table.Th>
          <Table.Th w={240}>按此类型导入</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {words.map((word) => (
          <Table.Tr key={word}>
            <Table.Td>{word}</Table.Td>
            <Table.Td>
              <Select
                size="xs"
                aria-label={`“${word}”按此类型导入`}
                placeholder="选择纠纷类型"
                data={TYPE_OPTIONS}
                value={value[word] ?? null}
                onChange={(type) => {
                  const next = { ...value };
                  if (type === null) delete next[word];
                  else next[word] = type as DisputeType;
                  onChange(next);
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
