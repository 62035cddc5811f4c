import type ExcelJS from 'exceljs';

/**
 * A new .xlsx workbook. exceljs takes ~160 ms to load — a tenth of the host's cold start budget (issue
 * 18) — and only exports and 台账导入 use it, so it is loaded on the first of those, not at start-up.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
