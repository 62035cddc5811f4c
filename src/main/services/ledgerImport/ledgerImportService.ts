import { createHash } from 'node:crypto';
import type { ParsedInputOf } from '../../../shared/api/contract.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  LEDGER_DATE_FIELDS,
  LEDGER_FIELD_LABELS,
  LEDGER_MAX_BYTES,
  REQUIRED_LEDGER_FIELDS,
  type LedgerDryRun,
  type LedgerImportChunk,
  type LedgerIssue,
  type LedgerPreview,
  type LedgerTemplateFile,
} from '../../../shared/types/ledgerImport.ts';
import { handlingDueDate } from '../../../shared/cases/caseDeadlines.ts';
import { getHomeOrganisationRow } from '../../db/queries/organisations.ts';
import { loadHolidayCalendar } from '../../db/queries/holidays.ts';
import {
  findCaseNumbersInUse,
  findImportedRows,
  findSeqsInUse,
  idNumbersSeenBefore,
  insertLedgerCase,
  mediatorsByName,
  raiseCaseCounter,
} from '../../db/queries/ledgerImport.ts';
import { findPartiesByIdNumber } from '../../db/queries/partyMatches.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import { todayIn } from '../localDate.ts';
import { defaultAreaCodeFor } from '../partyValues.ts';
import { recogniseHeaderRows } from './headerRecognition.ts';
import { readLedgerFile } from './sheetRead.ts';
import { checkLedgerRow, type LedgerCase, type RowCheck } from './rowValidation.ts';
import { ledgerCaseRow } from './ledgerCaseRow.ts';
import { mapDisputeType, parseCaseNo } from './valueMapping.ts';
import { createLedgerFileStore, type ParsedLedgerFile } from './ledgerFiles.ts';
import { buildLedgerTemplate } from './ledgerTemplate.ts';

type MappingInput = ParsedInputOf<'ledger.dryRun'>;

const SAMPLE_ROWS = 5;
const TOTAL_ROW = /^(合计|总计|小计|填表说明|说明|备注[:：])/;

/** What the database says about the rows of a chunk: already imported, or clashing with a case. */
interface RowPlan {
  readonly row: LedgerCase;
  readonly status: 'new' | 'existing' | 'bad';
  readonly issues: readonly LedgerIssue[];
  readonly caseYear: number | null;
  readonly caseSeq: number | null;
}

export function createLedgerImportService(deps: ServiceDeps) {
  const { db, clock, newId } = deps;
  const store = createLedgerFileStore(() => clock.now().getTime());

  function requireFile(fileId: string): ParsedLedgerFile {
    const file = store.get(fileId);
    if (!file)
      throw new AppError('NOT_FOUND', '台账文件已过期（超过一小时未操作或程序已重启），请重新选择文件上传。');
    return file;
  }

  function checkMapping(file: ParsedLedgerFile, input: MappingInput): void {
    const fields: Record<string, string> = {};
    if (input.columns.length !== file.headers.length)
      throw new AppError('INVALID_INPUT', '列的对应关系与文件的列数不一致，请重新上传文件。');
    const seen = new Map<string, number>();
    input.columns.forEach((field, index) => {
      if (field === null) return;
      const first = seen.get(field);
      if (first !== undefined)
        fields[`columns.${index}`] =
          `“${LEDGER_FIELD_LABELS[field]}”已对应第 ${first + 1} 列（${file.headers[first] || '无表头'}），一项只能对应一列`;
      else seen.set(field, index);
    });
    const missing = REQUIRED_LEDGER_FIELDS.filter((f) => !seen.has(f)).map((f) => LEDGER_FIELD_LABELS[f]);
    if (!LEDGER_DATE_FIELDS.some((f) => seen.has(f))) missing.push('登记日期或受理日期');
    if (missing.length > 0) fields['columns'] = `请为这些项目选择对应的列：${missing.join('、')}`;
    const messages = Object.values(fields);
    if (messages.length > 0) throw new AppError('INVALID_INPUT', messages[0]!, { fields });
  }

  /** Row checks for this mapping (cached per file and mapping): field rules and duplicates within the file. */
  async function rowChecks(
    file: ParsedLedgerFile,
    input: MappingInput,
  ): Promise<readonly (RowCheck | null)[]> {
    checkMapping(file, input);
    const signature = JSON.stringify([input.columns, input.disputeTypes]);
    if (file.checks?.signature === signature) return file.checks.results;
    const home = await getHomeOrganisationRow(db);
    if (!home) throw new AppError('INVALID_STATE', '请先完成首次设置（登记本机所属组织），再导入台账。');
    const ctx = {
      columns: input.columns,
      headers: file.headers,
      today: todayIn(clock),
      defaultAreaCode: defaultAreaCodeFor(home.region_code),
      disputeTypes: input.disputeTypes,
    };
    const firstRowOfKey = new Map<string, number>();
    const results = file.rows.map((row) => {
      const meaningful = row.cells.some(
        (cell, i) => cell !== '' && input.columns[i] !== 'seq' && input.columns[i] !== null,
      );
      const first = row.cells.find((c) => c !== '') ?? '';
      if (!meaningful || TOTAL_ROW.test(first)) return null;
      const check = checkLedgerRow(row.rowNo, row.cells, ctx);
      if (check.value) {
        const earlier = firstRowOfKey.get(check.value.key);
        if (earlier !== undefined) {
          const column = check.value.caseNo ? (file.headers[input.columns.indexOf('caseNo')] ?? '案号') : '';
          const message = check.value.caseNo
            ? `案号“${check.value.caseNo}”与第 ${earlier} 行重复`
            : `与第 ${earlier} 行内容相同（同一当事人、日期、类型和案情），是重复的行`;
          return { value: null, errors: [{ rowNo: row.rowNo, column, message }], warnings: check.warnings };
        }
        firstRowOfKey.set(check.value.key, row.rowNo);
      }
      return check;
    });
    file.checks = { signature, results };
    return results;
  }

  /** Compares the valid rows with the database: imported before (skip), or clashing with a case number. */
  async function planRows(
    rows: readonly LedgerCase[],
    headerOf: (f: 'caseNo') => string,
  ): Promise<RowPlan[]> {
    const home = (await getHomeOrganisationRow(db))!;
    const imported = await findImportedRows(
      db,
      rows.map((r) => r.key),
    );
    const numbers = rows.map((r) => r.caseNo).filter((n): n is string => n !== null);
    const numbersInUse = await findCaseNumbersInUse(db, numbers);
    const ourWord = `${home.abbreviation}人调字`;
    const parsed = new Map(rows.map((r) => [r, r.caseNo ? parseCaseNo(r.caseNo) : null]));
    const years = [...new Set([...parsed.values()].filter((p) => p?.word === ourWord).map((p) => p!.year))];
    const seqsInUse = await findSeqsInUse(db, home.id, years);
    return rows.map((row) => {
      const number = parsed.get(row) ?? null;
      const base = {
        row,
        caseYear: number?.year ?? null,
        caseSeq: number?.word === ourWord ? number.seq : null,
      };
      if (imported.has(row.key)) return { ...base, status: 'existing' as const, issues: [] };
      const issues: LedgerIssue[] = [];
      if (row.caseNo && numbersInUse.has(row.caseNo))
        issues.push({
          rowNo: row.rowNo,
          column: headerOf('caseNo'),
          message: `案号“${row.caseNo}”已被系统中的其他案件使用`,
        });
      else if (base.caseSeq !== null && seqsInUse.has(`${base.caseYear}:${base.caseSeq}`))
        issues.push({
          rowNo: row.rowNo,
          column: headerOf('caseNo'),
          message: `${base.caseYear} 年第 ${base.caseSeq} 号已被系统中的其他案件使用（案号写法不同）`,
        });
      return { ...base, status: issues.length > 0 ? ('bad' as const) : ('new' as const), issues };
    });
  }

  function mediatorWarnings(
    rows: readonly LedgerCase[],
    roster: Map<string, number | null>,
    header: string,
  ): LedgerIssue[] {
    return rows.flatMap((row) => {
      if (row.mediatorName === null) return [];
      const id = roster.get(row.mediatorName);
      if (id === undefined)
        return [
          {
            rowNo: row.rowNo,
            column: header,
            message: `调解员“${row.mediatorName}”不在调解员名册中，导入后未指派（可先在名册中添加，或导入后在案件页指派）`,
          },
        ];
      if (id === null)
        return [
          {
            rowNo: row.rowNo,
            column: header,
            message: `名册中有多位“${row.mediatorName}”，导入后未指派，请在案件页指派`,
          },
        ];
      return [];
    });
  }

  const headerFor = (file: ParsedLedgerFile, input: MappingInput) => (field: 'caseNo' | 'mediator') => {
    const index = input.columns.indexOf(field);
    return index < 0 ? LEDGER_FIELD_LABELS[field] : file.headers[index] || LEDGER_FIELD_LABELS[field];
  };

  return {
    async template(): Promise<LedgerTemplateFile> {
      const bytes = await buildLedgerTemplate();
      return {
        fileName: '人民调解案件台账导入模板.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(bytes).toString('base64'),
      };
    },

    async parse(input: ParsedInputOf<'ledger.parse'>): Promise<LedgerPreview> {
      const bytes = Buffer.from(input.base64, 'base64');
      if (bytes.length > LEDGER_MAX_BYTES)
        throw new AppError(
          'INVALID_INPUT',
          `文件太大：台账文件不能超过 ${LEDGER_MAX_BYTES / 1024 / 1024} MB。`,
        );
      if (bytes.length === 0) throw new AppError('INVALID_INPUT', '文件是空的。');
      const book = await readLedgerFile(input.fileName, bytes);
      let best: {
        sheet: (typeof book.sheets)[number];
        header: NonNullable<ReturnType<typeof recogniseHeaderRows>>;
      } | null = null;
      for (const sheet of book.sheets) {
        const header = recogniseHeaderRows(sheet.rows);
        if (header && (best === null || header.score > best.header.score)) best = { sheet, header };
      }
      if (!best)
        throw new AppError(
          'INVALID_INPUT',
          '没有找到表头：文件前 15 行中没有一行包含“申请人”“纠纷类型”“受理日期”等列名。请确认文件是案件台账，或下载模板对照修改。',
        );
      const { sheet, header } = best;
      const rows = sheet.rows
        .map((cells, index) => ({ rowNo: index + 1, cells }))
        .slice(header.dataStart)
        .filter(
          (row) => row.cells.some((c) => c !== '') && !TOTAL_ROW.test(row.cells.find((c) => c !== '') ?? ''),
        );
      const width = header.columns.length;
      const file: ParsedLedgerFile = {
        fileId: newId(),
        fileName: input.fileName,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        headers: header.columns.map((c) => c.header),
        recognised: header.columns.map((c) => c.field),
        rows: rows.map((r) => ({
          rowNo: r.rowNo,
          cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? ''),
        })),
        touchedAt: clock.now().getTime(),
        checks: null,
      };
      store.put(file);
      return {
        fileId: file.fileId,
        fileName: file.fileName,
        format: book.format,
        encoding: book.encoding,
        sheetName: sheet.sheetName,
        headerRows: header.headerRows.map((r) => r + 1),
        columns: header.columns,
        rowCount: file.rows.length,
        sample: file.rows.slice(0, SAMPLE_ROWS),
      };
    },

    async dryRun(input: MappingInput): Promise<LedgerDryRun> {
      const file = requireFile(input.fileId);
      const checks = await rowChecks(file, input);
      const valid = checks.flatMap((c) => (c?.value ? [c.value] : []));
      const header = headerFor(file, input);
      const plans = await planRows(valid, header);
      const roster = await mediatorsByName(db);
      const fresh = plans.filter((p) => p.status === 'new').map((p) => p.row);
      const errors = [...checks.flatMap((c) => c?.errors ?? []), ...plans.flatMap((p) => p.issues)].sort(
        (a, b) => a.rowNo - b.rowNo,
      );
      const warnings = [
        ...checks.flatMap((c) => c?.warnings ?? []),
        ...mediatorWarnings(fresh, roster, header('mediator')),
      ].sort((a, b) => a.rowNo - b.rowNo);
      const typeColumn = input.columns.indexOf('disputeType');
      const unknownDisputeTypes = [
        ...new Set(
          file.rows
            .map((row) => (row.cells[typeColumn] ?? '').trim())
            .filter((text) => text !== '' && mapDisputeType(text, input.disputeTypes) === null),
        ),
      ];
      return {
        unknownDisputeTypes,
        total: checks.filter((c) => c !== null).length,
        importable: fresh.length,
        alreadyImported: plans.filter((p) => p.status === 'existing').length,
        errors,
        badRows: new Set(errors.map((e) => e.rowNo)).size,
        warnings,
      };
    },

    /**
     * Imports the good rows among `count` rows from `fromIndex`, in the call's transaction (one per
     * call): bad rows and rows imported before are skipped, so a file is imported row by row and can be
     * imported again after its bad rows are fixed.
     */
    async importChunk(input: ParsedInputOf<'ledger.import'>, actor: string): Promise<LedgerImportChunk> {
      const file = requireFile(input.fileId);
      const checks = await rowChecks(file, input);
      const end = Math.min(file.rows.length, input.fromIndex + input.count);
      const slice = checks.slice(input.fromIndex, end);
      const valid = slice.flatMap((c) => (c?.value ? [c.value] : []));
      const now = clock.now().toISOString();
      // ledger.import is a write method, so the router already runs this call as one transaction
      // (BEGIN IMMEDIATE … COMMIT, with its audit entry): a failed chunk writes nothing. On purpose no
      // nested savepoint (deps.inTransaction) here: inside one, every insert copies the pages it
      // touches into SQLite's sub-journal, which grows over a 500-case chunk (measured: 5,000 case +
      // party inserts 1.1 s in the transaction, 3.7 s in a savepoint, 8.8 s once the file is larger),
      // making the import of a 10,000-row ledger several times slower.
      const trx = db;
      const home = (await getHomeOrganisationRow(trx))!;
      const plans = await planRows(valid, headerFor(file, input));
      const roster = await mediatorsByName(trx);
      const calendar = await loadHolidayCalendar(trx);
      const ids = plans.flatMap((p) =>
        p.status === 'new'
          ? [p.row.applicant.values.idNumber, p.row.respondent?.values.idNumber ?? null]
          : [],
      );
      const seen = await idNumbersSeenBefore(
        trx,
        ids.filter((id): id is string => id !== null),
      );
      let imported = 0;
      let repeatParties = 0;
      const highest = new Map<number, number>();
      for (const plan of plans) {
        if (plan.status !== 'new') continue;
        const row = plan.row;
        const parties = [row.applicant, ...(row.respondent ? [row.respondent] : [])];
        // Repeat parties are linked as at the intake desk: by the normalised ID number. The timeline
        // entry names the earlier cases, found with the intake's own repeat lookup.
        const repeats: string[] = [];
        for (const p of parties) {
          const idNumber = p.values.idNumber;
          if (idNumber === null) continue;
          if (seen.has(idNumber)) {
            repeatParties += 1;
            const earlier = await findPartiesByIdNumber(trx, idNumber);
            if (earlier.length > 0)
              repeats.push(
                `${p.values.name}（证件号码相同）在其他 ${earlier.length} 件案件中出现过：${earlier
                  .slice(0, 3)
                  .map((e) => e.caseNo ?? e.title)
                  .join('、')}${earlier.length > 3 ? '等' : ''}`,
              );
          }
          seen.add(idNumber);
        }
        await insertLedgerCase(
          trx,
          ledgerCaseRow(row, {
            newId,
            organisationId: home.id,
            now,
            actor,
            caseYear: plan.caseYear,
            caseSeq: plan.caseSeq,
            dueDate: row.outcome === 'pending' ? handlingDueDate(row.acceptedOn, 30, calendar) : null,
            mediatorId: row.mediatorName ? (roster.get(row.mediatorName) ?? null) : null,
            repeats,
            file,
          }),
        );
        if (plan.caseSeq !== null && plan.caseYear !== null)
          highest.set(plan.caseYear, Math.max(highest.get(plan.caseYear) ?? 0, plan.caseSeq));
        imported += 1;
      }
      // The live counter continues after the highest imported number of each year.
      for (const [year, seq] of highest) await raiseCaseCounter(trx, home.id, year, seq);
      return {
        total: file.rows.length,
        nextIndex: end,
        done: end >= file.rows.length,
        imported,
        alreadyImported: plans.filter((p) => p.status === 'existing').length,
        badRows:
          slice.filter((c) => c !== null && c.value === null).length +
          plans.filter((p) => p.status === 'bad').length,
        repeatParties,
      };
    },
  };
}
