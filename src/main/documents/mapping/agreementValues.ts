import type { CaseDocumentData } from '../caseDocumentData.ts';
import { formatChineseDate } from '../format/chineseDate.ts';
import type { TemplateValues } from '../templateValues.ts';
import type { MappingContext } from './mappingContext.ts';
import {
  agreementNo,
  clauseTexts,
  copiesText,
  dateText,
  listNames,
  partyDetailRows,
  partyNames,
  paragraphs,
  partyTableRows,
  performanceText,
} from './caseText.ts';
import { closeSentence, resolveYou, signerRows, sides } from './partyWording.ts';
import { BLANK_DATE } from '../templateSet/templateDefinition.ts';

/** 人民调解协议书. */
export function agreementValues(data: CaseDocumentData): TemplateValues {
  const written = data.agreement?.kind === '书面' ? data.agreement : null;
  return {
    agreementNo: agreementNo(data),
    parties: partyDetailRows(data.parties),
    facts: paragraphs(data.case.facts ?? data.case.summary),
    clauses: written ? clauseTexts(data).map((text) => ({ text })) : [],
    performance: written ? paragraphs(performanceText(data)) : undefined,
    copies: copiesText(data),
    sealName: data.organisation.sealName,
    concludedDate: dateText(written?.concludedAt),
    signers: signerRows(data.parties),
  };
}

/** 人民调解口头协议登记表. */
export function oralAgreementValues(data: CaseDocumentData): TemplateValues {
  const oral = data.agreement?.kind === '口头' ? data.agreement : null;
  const on = oral?.concludedAt ?? data.case.registeredAt;
  return {
    caseNo: agreementNo(data),
    parties: partyTableRows(data.parties, on),
    summary: paragraphs(data.case.summary),
    content: oral ? (oral.oralContent ?? clauseTexts(data).join('\n')) : undefined,
    performance: oral ? performanceText(data) : undefined,
    concludedDate: dateText(oral?.concludedAt),
    orgName: data.organisation.name,
  };
}

/** 司法确认申请书: both parties apply; the reasons restate the dispute and the agreement. */
export function judicialApplicationValues(data: CaseDocumentData): TemplateValues {
  const agreement = data.agreement;
  const clauses = clauseTexts(data);
  const reasons = agreement
    ? [
        `申请人${partyNames(data.parties)}因${data.case.disputeType}，于${formatChineseDate(data.case.appliedAt ?? data.case.registeredAt)}向${data.organisation.name}申请调解。${data.case.summary.replace(/[。\s]+$/u, '')}。`,
        `经${data.organisation.name}主持调解，${sides(data.parties.length)}于${formatChineseDate(agreement.concludedAt)}自愿达成人民调解协议，协议主要内容为：`,
        ...clauses,
        agreement.effectiveDate
          ? `该协议已于${formatChineseDate(agreement.effectiveDate)}生效。${sides(data.parties.length)}均认为有必要申请司法确认，特共同提出申请。`
          : `${sides(data.parties.length)}均认为有必要申请司法确认，特共同提出申请。`,
      ].join('\n')
    : undefined;
  const idCount = data.parties.length + data.parties.reduce((sum, party) => sum + party.agents.length, 0);
  const proxies = data.parties.reduce(
    (sum, party) => sum + party.agents.filter((agent) => agent.kind === '委托代理人').length,
    0,
  );
  const attachments = [
    `${agreementNo(data) ?? ''}人民调解协议书一份；`,
    `申请人及代理人身份证明材料${idCount}份；`,
    ...(proxies > 0 ? [`授权委托书${proxies}份；`] : []),
    '与调解协议相关的财产权利证明等证明材料。',
  ]
    .map((line, index) => `${index + 1}．${line}`)
    .join('\n');
  return {
    parties: partyDetailRows(data.parties, '申请人'),
    partyNames: partyNames(data.parties),
    agreementDate: dateText(agreement?.concludedAt),
    orgName: data.organisation.name,
    agreementNo: agreementNo(data),
    reasons: paragraphs(reasons),
    court: data.judicialConfirmation?.court ?? data.organisation.defaultCourt,
    attachments: paragraphs(attachments),
    applicationDate: dateText(data.judicialConfirmation?.appliedAt) ?? BLANK_DATE,
    signers: signerRows(data.parties, '申请人'),
  };
}

/** 终止调解告知书. */
export function terminationNoticeValues(data: CaseDocumentData): TemplateValues {
  return {
    caseNo: data.case.caseNo,
    recipients: listNames(data.parties),
    partyNames: partyNames(data.parties),
    disputeName: data.case.disputeType,
    acceptedDate: dateText(data.case.acceptedAt),
    reason: data.termination?.reason.replace(/[。；，]+$/u, ''),
    advice: paragraphs(closeSentence(resolveYou(data.termination?.advice ?? '', data.parties.length))),
    sealName: data.organisation.sealName,
    noticeDate: dateText(data.termination?.date),
  };
}

/** 人民调解回访记录. */
export function followUpValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const visit = context.followUpId
    ? data.followUps.find((candidate) => candidate.id === context.followUpId)
    : data.followUps.at(-1);
  const visitees = (visit?.partyIds ?? [])
    .map((id) => data.parties.find((party) => party.id === id))
    .filter((party) => party !== undefined);
  return {
    caseNo: data.case.caseNo,
    visitees: visitees.map((party) => `${party.role}${party.name}`).join('、'),
    agreementNo: agreementNo(data),
    subject: data.case.title,
    visitDate: dateText(visit?.date),
    method: visit && (visit.method === '其他' ? '其他' : `${visit.method}回访`),
    situation: paragraphs(visit?.situation),
    performance: visit?.performance,
    satisfaction: visit?.satisfaction,
    measures: visit?.measures ?? (visit ? '无' : undefined),
    visitor: visit?.visitor,
  };
}
