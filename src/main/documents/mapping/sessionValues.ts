import type { CaseDocumentData, DocumentSession, DocumentSessionKind } from '../caseDocumentData.ts';
import { formatChineseTimeSpan } from '../format/chineseDate.ts';
import type { TemplateValues } from '../templateValues.ts';
import type { MappingContext } from './mappingContext.ts';
import { ageText, dateText, partyById } from './caseText.ts';
import { closeSentence, signerRows } from './partyWording.ts';

function pickSession(
  data: CaseDocumentData,
  kind: DocumentSessionKind,
  context: MappingContext,
): DocumentSession | undefined {
  if (context.sessionId) {
    return data.sessions.find((session) => session.id === context.sessionId && session.kind === kind);
  }
  return data.sessions.find((session) => session.kind === kind);
}

function participantsText(session: DocumentSession): string | undefined {
  const text = session.participants
    .map((participant) =>
      participant.relation ? `${participant.name}（${participant.relation}）` : participant.name,
    )
    .join('、');
  return text === '' ? undefined : text;
}

/** 人民调解调查记录. */
export function investigationRecordValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const session = pickSession(data, '调查', context);
  const interviewee = session?.interviewee;
  const party = partyById(data, interviewee?.partyId);
  const on = session?.startAt ?? context.today;
  return {
    caseNo: data.case.caseNo,
    time: session && formatChineseTimeSpan(session.startAt, session.endAt),
    place: session?.place,
    investigators: session?.mediators.join('、'),
    recorder: session?.recorder,
    intervieweeName: interviewee?.name,
    intervieweeSex: interviewee?.sex ?? party?.sex,
    intervieweeAge: ageText(interviewee?.birthDate ?? party?.birthDate, on),
    intervieweeEthnicity: interviewee?.ethnicity ?? party?.ethnicity,
    intervieweeOccupation: interviewee?.occupation ?? party?.occupation,
    intervieweePhone: interviewee?.phone ?? party?.phone,
    intervieweeAddress: interviewee?.address ?? party?.address,
    intervieweeRelation: interviewee?.relation ?? (party ? `当事人（${party.role}）` : undefined),
    present: session ? participantsText(session) : undefined,
    subject: session?.subject,
    transcript: session?.transcript,
    findings: session?.result ? closeSentence(session.result) : undefined,
  };
}

/** 人民调解记录（调解笔录）. */
export function mediationRecordValues(data: CaseDocumentData, context: MappingContext): TemplateValues {
  const session = pickSession(data, '调解', context);
  const present = (session?.partyIdsPresent ?? [])
    .map((id) => partyById(data, id))
    .filter((party) => party !== undefined);
  const presentText = present
    .map((party) => {
      const agents = party.agents.map((agent) => `${agent.kind}${agent.name}`).join('、');
      return `${party.role}${party.name}${agents ? `（${agents}）` : ''}`;
    })
    .join('；');
  return {
    caseNo: data.case.caseNo,
    time: session && formatChineseTimeSpan(session.startAt, session.endAt),
    place: session?.place,
    subject: session?.subject,
    partiesPresent: presentText,
    participants: session ? participantsText(session) : undefined,
    mediators: session?.mediators.join('、'),
    recorder: session?.recorder,
    rightsNotice: session
      ? session.rightsNoticeGiven
        ? '调解前已向当事人告知人民调解的性质、原则、效力及当事人的权利义务，当事人表示知悉，不申请回避。'
        : '未告知'
      : undefined,
    transcript: session?.transcript,
    result: session?.result,
    sessionDate: dateText(session?.startAt),
    signers: signerRows(present),
  };
}
