import type { LedgerCaseRow } from '../../db/queries/ledgerImport.ts';
import { ledgerCaseTitle, type LedgerCase } from './rowValidation.ts';

export interface LedgerCaseContext {
  readonly newId: () => string;
  readonly organisationId: number;
  readonly now: string;
  readonly actor: string;
  /** 人调字 year and number parsed from the row's 案号 (number only for this organisation's 字). */
  readonly caseYear: number | null;
  readonly caseSeq: number | null;
  /** Handling deadline for a case still open (调解中). */
  readonly dueDate: string | null;
  readonly mediatorId: number | null;
  /** “X（证件号码相同）在其他 N 件案件中出现过…”, one per repeat party. */
  readonly repeats: readonly string[];
  readonly file: { readonly fileName: string; readonly sha256: string };
}

/**
 * What one checked ledger row becomes: a case with the ledger's own dates (registration at 09:00
 * Beijing time, so its date reads the same in UTC), 调解中 without an outcome, otherwise 已结案 with an
 * agreement (成功; 协议金额 as one obligation) or a 调解不成 disposal (不成功), and its 导入 timeline entry.
 */
export function ledgerCaseRow(row: LedgerCase, ctx: LedgerCaseContext): LedgerCaseRow {
  const { newId, file } = ctx;
  const parties = [row.applicant, ...(row.respondent ? [row.respondent] : [])];
  const dates = `登记 ${row.registeredOn}，受理 ${row.acceptedOn}${row.closedOn ? `，结案 ${row.closedOn}` : ''}`;
  return {
    uuid: newId(),
    organisationId: ctx.organisationId,
    now: ctx.now,
    actor: ctx.actor,
    status: row.outcome === 'pending' ? 'in_mediation' : 'closed',
    title: ledgerCaseTitle(row),
    summary: row.summary,
    disputeType: row.disputeType,
    caseNo: row.caseNo,
    caseYear: ctx.caseYear,
    caseSeq: ctx.caseSeq,
    registeredAt: `${row.registeredOn}T01:00:00.000Z`,
    appliedOn: row.registeredOn,
    acceptedOn: row.acceptedOn,
    timeLimitDays: 30,
    dueDate: ctx.dueDate,
    disposalOn: row.outcome === 'failed' ? row.closedOn : null,
    closedOn: row.outcome === 'pending' ? null : row.closedOn,
    parties: parties.map((p) => ({ uuid: newId(), values: { ...p.values, principalPartyId: null } })),
    agreement:
      row.outcome === 'success'
        ? {
            uuid: newId(),
            form: row.oral ? 'oral' : 'written',
            concludedOn: row.closedOn!,
            facts: row.summary || null,
            obligation: row.amountFen ? { uuid: newId(), amountFen: row.amountFen } : null,
          }
        : null,
    mediatorId: ctx.mediatorId,
    event: {
      summary: `导入：据台账《${file.fileName}》第 ${row.rowNo} 行补入（${dates}）${ctx.repeats.map((r) => `；${r}`).join('')}`,
      changes: {
        fileName: file.fileName,
        rowNo: row.rowNo,
        rowKey: row.key,
        caseNo: row.caseNo,
        outcome: row.outcome,
        mediator: row.mediatorName,
      },
    },
    source: { key: row.key, fileName: file.fileName, fileSha256: file.sha256, rowNo: row.rowNo },
  };
}
