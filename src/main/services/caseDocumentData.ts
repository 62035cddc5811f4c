import { attachmentFileOf } from '../files/safePath.ts';
import type {
  CaseDocumentData,
  DocumentCaseStatus,
  DocumentFollowUp,
  DocumentJudicialConfirmation,
  DocumentParty,
  DocumentPerformanceStatus,
  DossierAttachmentKind,
} from '../documents/caseDocumentData.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import type { Party } from '../../shared/types/party.ts';
import type { CaseStatus } from '../../shared/types/caseStatus.ts';
import {
  CASE_SOURCE_LABELS,
  DISPUTE_TYPE_LABELS,
  EXTERNAL_REF_KIND_LABELS,
} from '../../shared/types/disputeTaxonomy.ts';
import { ID_TYPE_LABELS, isAgentRole } from '../../shared/types/partyTaxonomy.ts';
import {
  ADVISED_CHANNEL_LABELS,
  CONFIRMATION_RESULT_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  RETENTION_PERIOD_LABELS,
  SATISFACTION_LABELS,
  type AttachmentKind,
  type AdvisedChannel,
  type ConfirmationResult,
  type FollowUpMethod,
  type PerformanceStatus,
  type Satisfaction,
} from '../../shared/types/outcomeTaxonomy.ts';
import { WHOLE_PERFORMANCE_MODE_LABELS } from '../../shared/types/outcome.ts';
import { REPLY_CHANNEL_LABELS, REPLY_KIND_LABELS, REPLY_RESULT_LABELS } from '../../shared/types/replies.ts';
import { formatChineseDate } from '../../shared/format/chineseDate.ts';

export interface DocumentOrganisationFacts {
  readonly name: string;
  readonly sealName: string | null;
  readonly abbreviation: string;
  readonly address: string | null;
  readonly phone: string | null;
  readonly defaultCourt: string | null;
}

const STATUS: Readonly<Record<CaseStatus, DocumentCaseStatus>> = {
  registered: '登记',
  accepted: '受理',
  in_mediation: '调解中',
  agreed: '达成协议',
  performing: '履行中',
  performed: '履行完毕',
  terminated: '终止',
  transferred: '移交',
  rejected: '不予受理',
  closed: '结案',
  archived: '归档',
  // A voided case is never printed; it keeps the last meaningful label.
  voided: '登记',
};

const PERFORMANCE: Readonly<Record<PerformanceStatus, DocumentPerformanceStatus>> = {
  pending: '未履行',
  not_performed: '未履行',
  in_progress: '履行中',
  partially_performed: '部分履行',
  performed: '已履行',
};

/** Every filed paper goes into the dossier: scans of 申请材料 with the intake form, 其他 before the 说明. */
const DOSSIER_KIND: Readonly<Record<AttachmentKind, DossierAttachmentKind>> = {
  application: '申请材料',
  other: '其他材料',
  id_proof: '当事人身份证明',
  power_of_attorney: '授权委托书',
  evidence: '证据材料',
  performance_receipt: '履行凭证',
  judicial_confirmation: '司法确认材料',
  dossier_explanation: '卷宗情况说明',
};

/**
 * The document model spells satisfaction, follow-up method and the 司法确认 result as literal unions
 * (what is printed), while the shared taxonomies label codes with plain strings (what the screens show).
 * The printed words are the shared labels, narrowed to the document's unions once, when this module
 * loads: a shared label that drifts from the printed vocabulary fails at start (and in every test)
 * instead of printing an unexpected word.
 */
type PrintedSatisfaction = NonNullable<DocumentFollowUp['satisfaction']>;
type PrintedMethod = DocumentFollowUp['method'];
type PrintedConfirmation = NonNullable<DocumentJudicialConfirmation['result']>;

function printedLabels<Code extends string, Word extends string>(
  labels: Readonly<Record<Code, string>>,
  vocabulary: readonly Word[],
): Readonly<Record<Code, Word>> {
  const narrowed = {} as Record<Code, Word>;
  for (const code of Object.keys(labels) as Code[]) {
    const word = vocabulary.find((candidate) => candidate === labels[code]);
    if (word === undefined)
      throw new Error(`文书用语中没有“${labels[code]}”（共享分类标签与文书格式不一致）`);
    narrowed[code] = word;
  }
  return narrowed;
}

const SATISFACTION = printedLabels<Satisfaction, PrintedSatisfaction>(SATISFACTION_LABELS, [
  '满意',
  '基本满意',
  '不满意',
]);
const METHOD = printedLabels<FollowUpMethod, PrintedMethod>(FOLLOW_UP_METHOD_LABELS, [
  '上门',
  '电话',
  '视频',
  '其他',
]);
const CONFIRMATION = printedLabels<ConfirmationResult, PrintedConfirmation>(CONFIRMATION_RESULT_LABELS, [
  '确认有效',
  '驳回申请',
  '撤回',
]);

const ROLE_ORDER = { applicant: 0, respondent: 1, third_party: 2 } as const;

/** The instant as a calendar date in China (registration is stored as an ISO instant). */
function chinaDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

function documentParty(party: Party, agents: readonly Party[]): DocumentParty {
  const natural = party.kind === 'natural';
  return {
    id: party.id,
    kind: natural ? '自然人' : party.kind === 'legal' ? '法人' : '非法人组织',
    role: party.role === 'applicant' ? '申请人' : party.role === 'respondent' ? '被申请人' : '第三人',
    name: party.name,
    sex: party.sex,
    ethnicity: party.ethnicity,
    birthDate: party.birthDate,
    occupation: party.occupation,
    idType: party.idType ? ID_TYPE_LABELS[party.idType] : null,
    idNumber: party.idNumber,
    phone: party.contacts[0]?.value ?? null,
    address: party.address,
    representative:
      !natural && party.representativeName
        ? {
            name: party.representativeName,
            title: party.representativeTitle ?? (party.kind === 'legal' ? '法定代表人' : '负责人'),
          }
        : null,
    agents: agents.map((agent) => ({
      kind: agent.role === 'legal_agent' ? '法定代理人' : '委托代理人',
      name: agent.name,
      sex: agent.sex,
      idNumber: agent.idNumber,
      phone: agent.contacts[0]?.value ?? null,
      address: agent.address,
      relation: agent.agentRelation,
      authority:
        agent.agentAuthority === 'special'
          ? '特别授权'
          : agent.agentAuthority === 'general'
            ? '一般授权'
            : null,
    })),
  };
}

/**
 * The read model every official document is filled from (src/main/documents/caseDocumentData.ts),
 * built from a case as stored. Pure: the caller loads the case and its organisation.
 */
export function toCaseDocumentData(
  detail: CaseDetail,
  org: DocumentOrganisationFacts,
  dataDir: string,
): CaseDocumentData {
  const principals = detail.parties
    .filter((p) => !isAgentRole(p.role))
    .sort(
      (a, b) => ROLE_ORDER[a.role as keyof typeof ROLE_ORDER] - ROLE_ORDER[b.role as keyof typeof ROLE_ORDER],
    );
  const parties = principals.map((p) =>
    documentParty(
      p,
      detail.parties.filter((a) => a.principalId === p.id),
    ),
  );
  const active = detail.assignments
    .filter((a) => a.endedAt === null)
    .sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
  const agreement = detail.agreement;
  const obligations = agreement?.obligations ?? [];
  const disposal = detail.disposal;
  const applicantNames = detail.parties.filter((p) => p.role === 'applicant').map((p) => p.name);
  const principalNames = detail.parties
    .filter((p) => p.role === 'applicant' || p.role === 'respondent' || p.role === 'third_party')
    .map((p) => p.name);
  const told =
    applicantNames.length > 0
      ? applicantNames
      : principalNames.length > 0
        ? principalNames
        : detail.reporterName
          ? [detail.reporterName]
          : [];
  const closingNotice = disposal && {
    recipients: told,
    date: disposal.on,
    reason: disposal.reason,
    advice:
      disposal.advice ??
      `可以${disposal.channels.map((c: AdvisedChannel) => ADVISED_CHANNEL_LABELS[c]).join('，或')}`,
  };
  const outcome = agreement
    ? '调解成功'
    : detail.status === 'terminated' || (disposal && detail.status !== 'rejected')
      ? '调解不成功'
      : '正在调解';
  const whole = agreement?.wholePerformance ?? null;
  const performance = whole
    ? '已履行'
    : obligations.length === 0
      ? null
      : obligations.every((o) => o.performanceStatus === 'performed')
        ? '已履行'
        : obligations.some(
              (o) => o.performanceStatus !== 'pending' && o.performanceStatus !== 'not_performed',
            )
          ? '部分履行'
          : '未履行';
  return {
    schemaVersion: 1,
    organisation: {
      name: org.name,
      sealName: org.sealName ?? org.name,
      abbreviation: org.abbreviation,
      address: org.address,
      phone: org.phone,
      defaultCourt: org.defaultCourt,
    },
    case: {
      uuid: detail.id,
      caseNo: detail.caseNo,
      title: detail.title,
      disputeType: DISPUTE_TYPE_LABELS[detail.disputeType],
      disputeSubType: detail.disputeSubtype?.name ?? null,
      source: CASE_SOURCE_LABELS[detail.source],
      sourceDetail: detail.sourceDetail,
      summary: detail.summary,
      facts: agreement?.facts ?? null,
      requests: detail.requests,
      appliedAt: detail.appliedOn,
      registeredAt: chinaDate(detail.registeredAt),
      acceptedAt: detail.acceptedOn,
      rightsNoticeDate: detail.rightsNotices.map((notice) => notice.givenOn).sort()[0] ?? null,
      closedAt: detail.closedOn,
      status: STATUS[detail.status],
      outcome,
      performanceStatus: performance,
      // Performance of the agreement as a whole (当场履行 / 已履行, issue 15).
      ...(whole && {
        performanceNote: `${WHOLE_PERFORMANCE_MODE_LABELS[whole.mode]}（${formatChineseDate(whole.performedOn)}）${whole.how ? `，${whole.how}` : ''}`,
      }),
      referralReplies: detail.replies.map((r) => ({
        date: r.repliedOn,
        kind: REPLY_KIND_LABELS[r.kind],
        channel: REPLY_CHANNEL_LABELS[r.channel],
        recipient: r.recipient,
        content: r.content,
        result: REPLY_RESULT_LABELS[r.result],
      })),
      referralReplyDueOn: detail.replyDueOn,
      mediators: active.map((a) => ({ name: a.mediatorName, title: null })),
      registrar: detail.registrar ?? '',
      externalRefs: detail.externalRefs.map((r) => ({
        kind: EXTERNAL_REF_KIND_LABELS[r.kind],
        value: r.value,
      })),
    },
    parties,
    sessions: detail.sessions
      .filter((s) => s.status === 'held')
      .map((s) => ({
        id: s.id,
        kind: s.kind === 'mediation' ? '调解' : '调查',
        startAt: s.startAt,
        endAt: s.endAt,
        place: s.place,
        subject: s.subject ?? detail.title,
        mediators: s.mediatorNames,
        recorder: s.recorder ?? '',
        participants: s.participants,
        partyIdsPresent: s.partyIdsPresent,
        interviewee: s.interviewee,
        transcript: s.transcript ?? '',
        rightsNoticeGiven: s.rightsNoticeGiven,
        result: s.result,
      })),
    agreement: agreement && {
      kind: agreement.form === 'written' ? '书面' : '口头',
      number: agreement.number,
      concludedAt: agreement.concludedOn,
      effectiveDate: agreement.effectiveOn,
      obligations: obligations.map((o) => ({
        obligorId: o.obligorId,
        obligeeId: o.obligeeId,
        content: o.content,
        amountFen: o.amountFen,
        dueDate: o.dueDate,
        manner: o.manner,
        place: o.place,
      })),
      otherClauses: agreement.otherClauses,
      performanceText: agreement.performanceText,
      oralContent: agreement.oralContent,
    },
    followUps: detail.followUps
      .filter((f) => f.status === 'done')
      .map((f) => ({
        id: f.id,
        date: f.visitedOn ?? f.dueOn,
        visitor: f.visitor ?? '',
        partyIds: f.partyIds,
        method: METHOD[f.method ?? 'other'],
        performance: PERFORMANCE[f.performanceFound ?? 'pending'],
        satisfaction: f.satisfaction ? SATISFACTION[f.satisfaction] : null,
        situation: f.situation ?? '',
        measures: f.measures,
      })),
    transfers: detail.transfers.map((t) => ({ date: t.transferredOn, to: t.targetName, reason: t.reason })),
    judicialConfirmation: detail.judicialConfirmation && {
      court: detail.judicialConfirmation.court,
      appliedAt: detail.judicialConfirmation.appliedOn,
      courtCaseNo: detail.judicialConfirmation.courtCaseNo,
      decidedAt: detail.judicialConfirmation.decidedOn,
      result: detail.judicialConfirmation.result ? CONFIRMATION[detail.judicialConfirmation.result] : null,
    },
    termination: detail.status !== 'rejected' && closingNotice ? closingNotice : null,
    refusal: detail.status === 'rejected' && closingNotice ? closingNotice : null,
    dossier: {
      filer: detail.archiveFiler,
      filedAt: detail.archivedOn,
      checker: detail.archiveChecker,
      checkedAt: detail.archiveCheckedOn,
      retention: detail.retention ? RETENTION_PERIOD_LABELS[detail.retention] : null,
      remarks: detail.dossierExplanations.map((e) => e.text).join('；') || null,
      // Filled from the records by caseService.documentData (the archive check).
      completeness: null,
      attachments: detail.attachments.flatMap((a) => {
        const kind = DOSSIER_KIND[a.kind];
        if (!kind) return [];
        return [
          {
            kind,
            title: a.title,
            pages: a.pages ?? 1,
            pdfPath: a.mimeType === 'application/pdf' ? attachmentFileOf(dataDir, a.relativePath) : null,
          },
        ];
      }),
    },
  };
}
