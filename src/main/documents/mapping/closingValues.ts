import type { CaseDocumentData } from '../caseDocumentData.ts';
import type { TemplateValues } from '../templateValues.ts';
import { planDossier } from '../dossier/planDossier.ts';
import type { MappingContext } from './mappingContext.ts';
import { dateText, mediatorNames, paragraphs, partyTableRows, sourceChecks } from './caseText.ts';
import { formatChineseDate } from '../format/chineseDate.ts';

function resultText(data: CaseDocumentData): string | undefined {
  if (data.agreement) {
    return `调解成功，达成${data.agreement.kind}协议（${formatChineseDate(data.agreement.concludedAt)}）。`;
  }
  if (data.termination) {
    return `调解不成功，终止调解。原因：${data.termination.reason.replace(/[。]+$/u, '')}。已告知当事人：${data.termination.advice}`;
  }
  if (data.refusal) return `不予受理。原因：${data.refusal.reason.replace(/[。]+$/u, '')}。`;
  return data.case.outcome ?? undefined;
}

function judicialText(data: CaseDocumentData): string {
  const confirmation = data.judicialConfirmation;
  if (!confirmation) return '当事人未申请司法确认。';
  const parts = [
    confirmation.appliedAt &&
      `${formatChineseDate(confirmation.appliedAt)}向${confirmation.court}申请司法确认`,
    confirmation.courtCaseNo && `案号${confirmation.courtCaseNo}`,
    confirmation.decidedAt &&
      `${formatChineseDate(confirmation.decidedAt)}${confirmation.result ?? '作出裁定'}`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('，')}。` : `拟向${confirmation.court}申请司法确认。`;
}

/** 人民调解结案报告表. */
export function closingReportValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const performance = data.case.performanceStatus
    ? [data.case.performanceStatus, data.case.performanceNote].filter(Boolean).join('：')
    : data.case.performanceNote;
  return {
    caseNo: data.case.caseNo,
    fillDate: dateText(data.dossier.filedAt ?? data.case.closedAt ?? context.today),
    orgName: data.organisation.name,
    handlers: mediatorNames(data),
    acceptedDate: dateText(data.case.acceptedAt),
    closedDate: dateText(data.case.closedAt),
    parties: partyTableRows(data.parties, data.case.registeredAt),
    sourceChecks: sourceChecks(data),
    summary: paragraphs(data.case.summary),
    result: resultText(data),
    performance,
    judicial: judicialText(data),
    reviewOpinion: data.case.reviewOpinion,
    sealName: data.organisation.sealName,
  };
}

/** 卷宗封面. */
export function dossierCoverValues(data: CaseDocumentData): TemplateValues {
  return {
    orgName: data.organisation.name,
    dossierTitle: data.case.title,
    caseNo: data.case.caseNo,
    mediators: mediatorNames(data),
    periodFrom: dateText(data.case.acceptedAt ?? data.case.registeredAt),
    periodTo: dateText(data.case.closedAt),
    filer: data.dossier.filer,
    filedDate: dateText(data.dossier.filedAt),
    retention: data.dossier.retention,
    remarks: data.dossier.remarks,
  };
}

/** 卷内目录: rows from the assembly, or the planned contents when filled on its own. */
export function dossierTocValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const summary = context.dossier ?? planDossier(data).summary;
  return {
    caseNo: data.case.caseNo,
    toc: summary.rows.map((row) => ({ ...row })),
  };
}

/** 卷内备考表. */
export function dossierBackCoverValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const summary = context.dossier ?? planDossier(data).summary;
  return {
    caseNo: data.case.caseNo,
    itemCount: String(summary.itemCount),
    pageCount: summary.pageCount === null ? '____' : String(summary.pageCount),
    notes: paragraphs(summary.notes.join('\n')),
    filer: data.dossier.filer,
    filedDate: dateText(data.dossier.filedAt),
    checker: data.dossier.checker,
    checkedDate: dateText(data.dossier.checkedAt),
  };
}
