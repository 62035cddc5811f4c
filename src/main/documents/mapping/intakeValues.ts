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
  isPerson,
  sourceChecks,
} from './caseText.ts';
import {
  applicantSignatures,
  applicationPartyRows,
  closeSentence,
  resolveYou,
  signerRows,
  weFor,
  you,
} from './partyWording.ts';

/** 人民调解申请书. */
export function applicationValues(data: CaseDocumentData): TemplateValues {
  const on = data.case.appliedAt ?? data.case.registeredAt;
  return {
    caseNo: data.case.caseNo,
    parties: applicationPartyRows(data.parties, on),
    summary: paragraphs(data.case.summary),
    requests: numberedLines(data.case.requests),
    orgName: data.organisation.name,
    addressee: weFor(data.parties.filter((party) => party.role === '申请人').length),
    applicantSignatures: applicantSignatures(data.parties),
    applicationDate: dateText(on),
  };
}

/** 人民调解受理登记表. */
export function registrationValues(data: CaseDocumentData): TemplateValues {
  return {
    caseNo: data.case.caseNo,
    registeredDate: dateText(data.case.registeredAt),
    acceptedDate: dateText(data.case.acceptedAt),
    // Signed when the parties consent, which is the day the case is accepted, not the day registered.
    signedDate: dateText(data.case.acceptedAt ?? data.case.registeredAt),
    disputeType: disputeTypeText(data),
    disputeName: disputeTypeText(data),
    partySignLabel: data.parties.every(isPerson)
      ? '当事人（签名并按指印）：'
      : '当事人（签名并按指印；单位盖章，法定代表人或委托代理人签名）：',
    sourceChecks: sourceChecks(data),
    partyNames: partyNames(data.parties),
    parties: partyTableRows(data.parties, data.case.registeredAt),
    summary: paragraphs(data.case.summary),
    orgName: data.organisation.name,
  };
}

/**
 * 人民调解当事人权利义务告知书: dated the day the notice was recorded as given; without a record, the
 * day of acceptance (it must be given before mediation starts), never a later session's date.
 */
export function rightsNoticeValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const first =
    data.case.rightsNoticeDate ?? data.case.acceptedAt ?? data.sessions[0]?.startAt ?? context.today;
  return {
    caseNo: data.case.caseNo,
    partyNames: listNames(data.parties),
    orgName: data.organisation.name,
    copies: copiesText(data),
    sealName: data.organisation.sealName,
    noticeDate: dateText(first),
    signers: signerRows(data.parties),
  };
}

/** 不予受理告知书. */
export function refusalNoticeValues(data: CaseDocumentData): TemplateValues {
  const applicants = data.parties.filter((party) => party.role === '申请人');
  const recipients = applicants.length > 0 ? applicants : data.parties;
  return {
    caseNo: data.case.caseNo,
    recipients:
      data.refusal?.recipients && data.refusal.recipients.length > 0
        ? data.refusal.recipients.join('、')
        : listNames(recipients),
    appliedDate: dateText(data.case.appliedAt ?? data.case.registeredAt),
    disputeName: data.case.title,
    reason: data.refusal?.reason.replace(/[。；，]+$/u, ''),
    addressee: you(recipients.length),
    advice: paragraphs(closeSentence(resolveYou(data.refusal?.advice ?? '', recipients.length))),
    sealName: data.organisation.sealName,
    noticeDate: dateText(data.refusal?.date),
  };
}

export function disputeTypeText(data: CaseDocumentData): string {
  const sub = data.case.disputeSubType;
  return sub ? `${data.case.disputeType}（${sub}）` : data.case.disputeType;
}
