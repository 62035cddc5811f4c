import type { CaseDocumentData } from '../caseDocumentData.ts';
import type { TemplateValues } from '../templateValues.ts';
import type { MappingContext } from './mappingContext.ts';
import {
  copiesText,
  dateText,
  listNames,
  numberedLines,
  paragraphs,
  partyNames,
  partyTableRows,
  sourceChecks,
} from './caseText.ts';

/** 人民调解申请书. */
export function applicationValues(data: CaseDocumentData): TemplateValues {
  const on = data.case.appliedAt ?? data.case.registeredAt;
  return {
    caseNo: data.case.caseNo,
    parties: partyTableRows(data.parties, on),
    summary: paragraphs(data.case.summary),
    requests: numberedLines(data.case.requests),
    orgName: data.organisation.name,
    applicationDate: dateText(on),
  };
}

/** 人民调解受理登记表. */
export function registrationValues(data: CaseDocumentData): TemplateValues {
  return {
    caseNo: data.case.caseNo,
    registeredDate: dateText(data.case.registeredAt),
    acceptedDate: dateText(data.case.acceptedAt),
    disputeType: disputeTypeText(data),
    sourceChecks: sourceChecks(data),
    partyNames: partyNames(data.parties),
    parties: partyTableRows(data.parties, data.case.registeredAt),
    summary: paragraphs(data.case.summary),
    orgName: data.organisation.name,
  };
}

/** 人民调解当事人权利义务告知书: dated the first session, when the notice must have been given. */
export function rightsNoticeValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const first = data.sessions[0]?.startAt ?? data.case.acceptedAt ?? context.today;
  return {
    caseNo: data.case.caseNo,
    partyNames: listNames(data.parties),
    orgName: data.organisation.name,
    copies: copiesText(data),
    sealName: data.organisation.sealName,
    noticeDate: dateText(first),
    signers: data.parties.map((party) => ({ label: `${party.role}${party.name}` })),
  };
}

/** 不予受理告知书. */
export function refusalNoticeValues(data: CaseDocumentData): TemplateValues {
  const applicants = data.parties.filter((party) => party.role === '申请人');
  return {
    caseNo: data.case.caseNo,
    recipients:
      data.refusal?.recipients && data.refusal.recipients.length > 0
        ? data.refusal.recipients.join('、')
        : listNames(applicants.length > 0 ? applicants : data.parties),
    appliedDate: dateText(data.case.appliedAt ?? data.case.registeredAt),
    disputeName: data.case.title,
    reason: data.refusal?.reason.replace(/[。；，]+$/u, ''),
    advice: paragraphs(data.refusal?.advice),
    sealName: data.organisation.sealName,
    noticeDate: dateText(data.refusal?.date),
  };
}

export function disputeTypeText(data: CaseDocumentData): string {
  const sub = data.case.disputeSubType;
  return sub ? `${data.case.disputeType}（${sub}）` : data.case.disputeType;
}
