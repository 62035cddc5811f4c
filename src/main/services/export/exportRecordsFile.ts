import { newWorkbook } from '../../files/newWorkbook.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listCaseIdsChangedBetween, loadCityRecord } from '../../db/queries/cityRecords.ts';
import { applyMapping } from './applyMapping.ts';
import { hashSalt, readMapping } from './exportSettingsStore.ts';

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
  readonly recordCount: number;
}

/** Local calendar dates of 中国标准时间 → the instants the period covers (end day included). */
function periodBounds(from: string, to: string): [string, string] {
  const start = new Date(`${from}T00:00:00+08:00`);
  const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000);
  return [start.toISOString(), end.toISOString()];
}

function flatten(
  value: unknown,
  prefix: string,
  out: Record<string, string | number | boolean | null>,
): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value)) {
    // Lists (parties, follow-ups …) stay JSON in one cell, so one row is still one case.
    out[prefix] = JSON.stringify(value);
  } else {
    out[prefix] = value as string | number | boolean | null;
  }
}

/**
 * The records of the cases changed in a period, mapped exactly as the outbox would send them, as
 * JSON Lines or an .xlsx sheet, for upload by hand when there is no connection.
 */
export async function exportRecordsFile(
  db: Kysely<Database>,
  input: { readonly from: string; readonly to: string; readonly format: 'jsonl' | 'xlsx' },
  now: string,
): Promise<ExportedFile> {
  const [start, end] = periodBounds(input.from, input.to);
  const mapping = await readMapping(db);
  const salt = await hashSalt(db, now);
  const records: Record<string, unknown>[] = [];
  for (const id of await listCaseIdsChangedBetween(db, start, end)) {
    records.push(applyMapping(await loadCityRecord(db, id), mapping, salt));
  }
  const baseName = `上报记录-${input.from}-${input.to}`;
  if (input.format === 'jsonl') {
    const text = records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
    return {
      fileName: `${baseName}.jsonl`,
      mimeType: 'application/x-ndjson',
      base64: Buffer.from(text, 'utf8').toString('base64'),
      recordCount: records.length,
    };
  }
  const rows = records.map((r) => {
    const flat: Record<string, string | number | boolean | null> = {};
    flatten(r, '', flat);
    return flat;
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const workbook = await newWorkbook();
  workbook.created = new Date(now);
  const sheet = workbook.addWorksheet('上报记录');
  sheet.columns = columns.map((key) => ({
    header: key,
    key,
    width: Math.min(40, Math.max(12, key.length + 2)),
  }));
  for (const row of rows) sheet.addRow(row);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${baseName}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
    recordCount: records.length,
  };
}
