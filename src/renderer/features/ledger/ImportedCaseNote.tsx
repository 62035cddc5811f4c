import { Alert, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useApiQuery } from '../../api/useApi.ts';

/**
 * On the page of a case that came from a 台账 import: says 导入, from which file and row, and that the
 * case can be completed here. Read from the case's timeline (its `import` entry), the same record
 * the 时间线 tab shows.
 */
export function ImportedCaseNote({ caseId }: { caseId: string }) {
  const events = useApiQuery('case.timeline', { caseId });
  const imported = events.data?.find((e) => e.action === 'import');
  if (!imported) return null;
  const fileName = String(imported.changes['fileName'] ?? '');
  const rowNo = Number(imported.changes['rowNo'] ?? 0);
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconFileImport size={18} />}
      title={`导入：台账《${fileName}》第 ${rowNo} 行`}
      aria-label="导入的案件"
    >
      <Text size="sm">
        此案据原有台账导入，日期按台账记载。可在本页继续补录文书、缺少的办理步骤和当事人信息。
      </Text>
    </Alert>
  );
}
