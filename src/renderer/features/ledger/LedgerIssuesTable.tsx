import { DataTable } from 'mantine-datatable';
import type { LedgerIssue } from '../../../shared/types/ledgerImport.ts';

/** Every problem the dry run found: row number as in Excel, column header as in the file, reason. */
export function LedgerIssuesTable({ issues, label }: { issues: readonly LedgerIssue[]; label: string }) {
  return (
    <DataTable
      aria-label={label}
      withTableBorder
      striped
      height={issues.length > 12 ? 380 : undefined}
      records={issues.map((issue, i) => ({ ...issue, key: i }))}
      idAccessor="key"
      noRecordsText="没有"
      columns={[
        { accessor: 'rowNo', title: '行号', width: 70 },
        { accessor: 'column', title: '列', width: 180, render: (r) => r.column || '（整行）' },
        { accessor: 'message', title: '原因' },
      ]}
    />
  );
}
