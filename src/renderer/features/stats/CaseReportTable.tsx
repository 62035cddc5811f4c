import { Table, UnstyledButton } from '@mantine/core';
import type { CaseTableColumn, CaseTableRow } from '../../../shared/types/stats.ts';
import { CASE_COLUMN_LABELS } from '../../../shared/stats/metricDefinitions.ts';
import { changePercent } from '../../../shared/stats/periods.ts';
import type { DisputeType } from '../../../shared/types/disputeTaxonomy.ts';

export interface CellClick {
  readonly column: CaseTableColumn;
  readonly disputeType: DisputeType | null;
  readonly range: 'current' | 'yearToDate';
  readonly label: string;
}

const wan = (fen: number) => (fen / 1_000_000).toFixed(2);
const pct = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value}`);

/** A number that opens the list of cases behind it; its name says what it counts and the number. */
function Cell({ value, onClick, label }: { value: number | string; onClick: () => void; label: string }) {
  return (
    <UnstyledButton
      onClick={onClick}
      aria-label={`${label}：${value}`}
      className="stats-cell"
      style={{ color: 'var(--mantine-color-blue-7)' }}
    >
      {value}
    </UnstyledButton>
  );
}

/** Table A (人民调解案件情况) in the official shape, every number clickable. */
export function CaseReportTable({
  rows,
  onCell,
}: {
  rows: readonly CaseTableRow[];
  onCell: (cell: CellClick) => void;
}) {
  const cell = (row: CaseTableRow, column: CaseTableColumn, range: 'current' | 'yearToDate' = 'current') => {
    const counts = range === 'current' ? row.current : row.yearToDate;
    const value = column === 'amountFen' ? wan(counts.amountFen) : counts[column];
    const label = `${row.label} · ${range === 'yearToDate' ? '本年累计' : CASE_COLUMN_LABELS[column]}`;
    return (
      <Table.Td ta="center">
        <Cell
          value={value}
          label={label}
          onClick={() => onCell({ column, disputeType: row.key === 'total' ? null : row.key, range, label })}
        />
      </Table.Td>
    );
  };
  return (
    <Table
      withTableBorder
      withColumnBorders
      striped
      fz="xs"
      className="stats-table"
      data-testid="case-report-table"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th rowSpan={2}>纠纷类型</Table.Th>
          <Table.Th rowSpan={2}>受理（调解）纠纷数</Table.Th>
          <Table.Th colSpan={3} ta="center">
            案件来源
          </Table.Th>
          <Table.Th colSpan={5} ta="center">
            调解结果
          </Table.Th>
          <Table.Th rowSpan={2}>协议涉及金额（万元）</Table.Th>
          <Table.Th rowSpan={2}>履行数</Table.Th>
          <Table.Th colSpan={2} ta="center">
            司法确认
          </Table.Th>
          <Table.Th colSpan={3} ta="center">
            受理数比较
          </Table.Th>
        </Table.Tr>
        <Table.Tr>
          {[
            '主动调解',
            '申请调解',
            '接受委托移送调解',
            '调解成功数',
            '其中：口头协议',
            '其中：书面协议',
            '调解不成功数',
            '正在调解数',
            '申请数',
            '确认数',
            '本年累计',
            '同比（%）',
            '环比（%）',
          ].map((h) => (
            <Table.Th key={h}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key} fw={row.key === 'total' ? 700 : undefined}>
            <Table.Td>{row.label}</Table.Td>
            {cell(row, 'accepted')}
            {cell(row, 'initiative')}
            {cell(row, 'application')}
            {cell(row, 'referral')}
            {cell(row, 'success')}
            {cell(row, 'oral')}
            {cell(row, 'written')}
            {cell(row, 'failed')}
            {cell(row, 'pending')}
            {cell(row, 'amountFen')}
            {cell(row, 'performed')}
            {cell(row, 'confirmationApplied')}
            {cell(row, 'confirmed')}
            {cell(row, 'accepted', 'yearToDate')}
            <Table.Td ta="center">{pct(changePercent(row.current.accepted, row.lastYear.accepted))}</Table.Td>
            <Table.Td ta="center">{pct(changePercent(row.current.accepted, row.previous.accepted))}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
