import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../files/newWorkbook.ts';
import { AppError } from '../../../shared/errors.ts';
import { decodeCsvBytes, type CsvEncoding } from './csvDecode.ts';
import { parseCsv } from './csvParse.ts';

/**
 * A ledger file as a grid of cell texts (row 0 = the sheet's row 1). In .xlsx files every cell of a
 * merged range reads as the range's value (exceljs gives the master's value), so a header cell merged
 * across its sub-columns, or a mediator's name merged down several rows, applies to each of them.
 */
export interface LedgerGrid {
  readonly sheetName: string | null;
  readonly rows: readonly (readonly string[])[];
}

export interface LedgerBook {
  readonly format: 'xlsx' | 'csv';
  readonly encoding: CsvEncoding | null;
  readonly sheets: readonly LedgerGrid[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(date: Date): string {
  // exceljs gives Excel's wall-clock date as that instant in UTC; round away float noise first.
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The text a clerk sees in a cell. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) >= 1e15 ? BigInt(value).toString() : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('error' in value) return '';
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  }
  return String(value as unknown).trim();
}

async function readXlsx(bytes: Uint8Array): Promise<LedgerGrid[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      '这个文件不是有效的 .xlsx 文件，无法读取。请在 Excel 或 WPS 中打开后“另存为” Excel 工作簿（.xlsx）再导入。',
    );
  }
  return workbook.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .map((sheet) => {
      // Only the cells that exist are read: a sheet's stated size can be XFD1048576 from one stray
      // cell, and reading every row × column of that would exhaust the host's memory.
      const sparse: string[][] = [];
      let width = 0;
      sheet.eachRow({ includeEmpty: false }, (row, r) => {
        if (r > MAX_SHEET_ROWS) {
          throw new AppError(
            'INVALID_INPUT',
            `工作表“${sheet.name}”第 ${r} 行有内容，超过了 ${MAX_SHEET_ROWS} 行：请删去多余的内容，或分成几个文件导入。`,
          );
        }
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (c <= MAX_SHEET_COLUMNS) cells[c - 1] = cellText(cell.value);
        });
        sparse[r - 1] = cells;
        width = Math.max(width, cells.length);
      });
      const rows = Array.from({ length: sparse.length }, (_, i) =>
        Array.from({ length: width }, (_, c) => sparse[i]?.[c] ?? ''),
      );
      return { sheetName: sheet.name, rows };
    });
}

/** A ledger is rows of cases: more than this is a stray cell far below, or not a ledger. */
const MAX_SHEET_ROWS = 100_000;
/** Columns past this are ignored (a 台账 has a few dozen). */
const MAX_SHEET_COLUMNS = 200;

export async function readLedgerFile(fileName: string, bytes: Uint8Array): Promise<LedgerBook> {
  if (/\.csv$/i.test(fileName)) {
    const { text, encoding } = decodeCsvBytes(bytes);
    const rows = parseCsv(text).map((r) => r.map((c) => c.trim()));
    return { format: 'csv', encoding, sheets: [{ sheetName: null, rows }] };
  }
  // .xlsx is a zip: "PK".
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new AppError(
      'INVALID_INPUT',
      '这个文件不是 .xlsx 格式（可能是旧版 .xls 或改了扩展名）。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）或 CSV 后再导入。',
    );
  }
  return { format: 'xlsx', encoding: null, sheets: await readXlsx(bytes) };
}
