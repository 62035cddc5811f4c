/**
 * The read model every official document is filled from.
 *
 * The case service builds it from the database; the document engine never reads the database itself, so
 * templates can be developed, tested and benchmarked against fixtures. Everything here is plain JSON
 * (no Date objects, no class instances) so it can cross IPC and be stored next to a generated document as
 * the evidence of what was printed.
 *
 * Conventions:
 * - Calendar dates are `YYYY-MM-DD`; date-times are local wall-clock `YYYY-MM-DDTHH:mm` (a mediation at
 *   9:30 in Nanjing is printed as 9时30分 wherever the program runs, so no time zone is involved).
 * - Money is an integer number of fen (分): 35,600 元 is `3_560_000`. Floating-point yuan never appears.
 * - Optional facts are `null` or absent; an empty string counts as absent when a document is filled.
 * - Names of people are stored once, on the party or the mediator; other places refer to parties by `id`.
 *
 * Bump `schemaVersion` on any breaking change: stored snapshots of old documents carry the version they
 * were filled with.
 */

import type { DossierCheck } from '../../shared/cases/dossierItems.ts';

export interface CaseDocumentData {
  readonly schemaVersion: 1;
  readonly organisation: DocumentOrganisation;
  readonly case: DocumentCase;
  /** In the order the documents list them: applicants first, then respondents, then third parties. */
  readonly parties: readonly DocumentParty[];
  /** Investigation and mediation sessions in chronological order. */
  readonly sessions: readonly DocumentSession[];
  readonly agreement: DocumentAgreement | null;
  readonly followUps: readonly DocumentFollowUp[];
  readonly transfers: readonly DocumentTransfer[];
  readonly judicialConfirmation: DocumentJudicialConfirmation | null;
  /** Set when mediation was terminated (人民调解法 art. 26). */
  readonly termination: DocumentClosingNotice | null;
  /** Set when the application was not accepted (若干规定 art. 22). */
  readonly refusal: DocumentClosingNotice | null;
  readonly dossier: DocumentDossierInfo;
}

export interface DocumentOrganisation {
  /** Full name as printed on documents, e.g. 南京市栖霞区尧化街道人民调解委员会. */
  readonly name: string;
  /** Name on the seal, printed under signature blocks as "（<sealName>印）". Usually equals `name`. */
  readonly sealName: string;
  /** Short name used in case numbers, e.g. 栖尧 in （2026）栖尧人调字第001号. */
  readonly abbreviation: string;
  readonly address?: string | null;
  readonly phone?: string | null;
  /** Court suggested for 司法确认 when the case has none recorded, e.g. 南京市栖霞区人民法院. */
  readonly defaultCourt?: string | null;
}

export type DocumentCaseStatus =
  | '登记'
  | '受理'
  | '调解中'
  | '达成协议'
  | '履行中'
  | '履行完毕'
  | '终止'
  | '移交'
  | '不予受理'
  | '结案'
  | '归档';

export type DocumentCaseOutcome = '调解成功' | '调解不成功' | '正在调解';

export type DocumentPerformanceStatus = '已履行' | '部分履行' | '未履行' | '履行中';

export interface DocumentCase {
  readonly uuid: string;
  /** Fully formatted, e.g. （2026）栖尧人调字第001号. `null` before the committee assigns one. */
  readonly caseNo: string | null;
  /** 卷名, e.g. 张建国与李卫东邻里纠纷. */
  readonly title: string;
  /** Level-1 statistical type (domain §3.1), e.g. 邻里纠纷. */
  readonly disputeType: string;
  /** Local sub-type, e.g. 漏水; printed after the type when present. */
  readonly disputeSubType?: string | null;
  /** Detailed source value (domain §3.2), e.g. 当事人申请, 人民调解委员会主动调解, 公安机关移交. */
  readonly source: string;
  /** Free text about the source, e.g. the referring organ and its reference number. */
  readonly sourceDetail?: string | null;
  /** 纠纷简要情况: the facts as registered. May contain line breaks. */
  readonly summary: string;
  /** 纠纷主要事实、争议事项 and each party's responsibility, as written into the agreement. */
  readonly facts?: string | null;
  /** 当事人申请事项, one item per entry, without numbering. */
  readonly requests: readonly string[];
  /** Date the application was made (written or oral). */
  readonly appliedAt?: string | null;
  /** Date the case was registered (登记). */
  readonly registeredAt: string;
  /** Date the 权利义务告知 was first recorded as given (rights_notice.given_on); dates the 告知书. */
  readonly rightsNoticeDate?: string | null;
  /** Date the case was accepted (受理); `null` if not accepted. */
  readonly acceptedAt: string | null;
  /** Date the matter was disposed (结案). */
  readonly closedAt: string | null;
  readonly status: DocumentCaseStatus;
  readonly outcome?: DocumentCaseOutcome | null;
  readonly performanceStatus?: DocumentPerformanceStatus | null;
  /** Free text on performance for the closing report, e.g. 已于2026年12月8日全额支付. */
  readonly performanceNote?: string | null;
  /** Mediators assigned to the case; the first is the presiding (主持) mediator. */
  readonly mediators: readonly DocumentMediator[];
  /** Person who registered the case (登记人). */
  readonly registrar: string;
  /** 负责人意见 on the closing report. */
  readonly reviewOpinion?: string | null;
  /** External references printed where useful: court 案号, 12345 工单号 … */
  readonly externalRefs?: readonly { readonly kind: string; readonly value: string }[];
  /**
   * 交单: the replies sent to whoever referred the case (12345, court, police, 信访, the level above),
   * oldest first, for the 结案报告表 where it has a place for them (issue 15).
   */
  readonly referralReplies?: readonly DocumentReferralReply[];
  /** When the reply to the referrer was due (null when the source needs none). */
  readonly referralReplyDueOn?: string | null;
}

export interface DocumentReferralReply {
  readonly date: string;
  /** 阶段性答复 / 办结答复. */
  readonly kind: string;
  /** 工单系统/平台回复, 电话, 书面函件 … */
  readonly channel: string;
  readonly recipient: string;
  readonly content: string;
  /** 已化解, 部分化解 … */
  readonly result: string;
}

export interface DocumentMediator {
  readonly name: string;
  /** e.g. 专职人民调解员, 调委会主任. */
  readonly title?: string | null;
}

export type DocumentPartyKind = '自然人' | '法人' | '非法人组织';
export type DocumentPartyRole = '申请人' | '被申请人' | '第三人';

export interface DocumentParty {
  /** Stable id within the case; obligations, sessions and follow-ups refer to it. */
  readonly id: string;
  readonly kind: DocumentPartyKind;
  readonly role: DocumentPartyRole;
  /** Person's name or the organisation's full name. */
  readonly name: string;
  readonly sex?: '男' | '女' | null;
  /** 民族, e.g. 汉族. */
  readonly ethnicity?: string | null;
  readonly birthDate?: string | null;
  /** 职业或职务 (natural persons). */
  readonly occupation?: string | null;
  /** e.g. 居民身份证, 统一社会信用代码. */
  readonly idType?: string | null;
  readonly idNumber?: string | null;
  readonly phone?: string | null;
  /** 单位或住址 for persons, 住所 for organisations. */
  readonly address?: string | null;
  /** Organisations only: 法定代表人 or 负责人. */
  readonly representative?: { readonly name: string; readonly title: string } | null;
  readonly agents: readonly DocumentAgent[];
}

export interface DocumentAgent {
  readonly kind: '委托代理人' | '法定代理人';
  readonly name: string;
  readonly sex?: '男' | '女' | null;
  readonly idNumber?: string | null;
  readonly phone?: string | null;
  readonly address?: string | null;
  /** Relation to the principal, e.g. 之子, 律师事务所律师. */
  readonly relation?: string | null;
  /** 一般授权 or 特别授权 (only for 委托代理人). */
  readonly authority?: string | null;
}

export type DocumentSessionKind = '调查' | '调解';

export interface DocumentSession {
  readonly id: string;
  readonly kind: DocumentSessionKind;
  readonly startAt: string;
  readonly endAt?: string | null;
  readonly place: string;
  /** 事由: what the session was about. */
  readonly subject: string;
  /** Mediators conducting it (调查人 / 调解员). */
  readonly mediators: readonly string[];
  readonly recorder: string;
  /** Persons invited to assist (参加人) or present (在场人); never mediators, parties or the recorder. */
  readonly participants: readonly { readonly name: string; readonly relation?: string | null }[];
  /** Ids of the parties present (调解) — the interviewee of an investigation is `interviewee`. */
  readonly partyIdsPresent: readonly string[];
  /** Investigations only: the person interviewed. A party is given by `partyId`, anyone else in full. */
  readonly interviewee?: DocumentInterviewee | null;
  /** Question-and-answer or narrative text; line breaks are kept. */
  readonly transcript: string;
  /** Whether the 权利义务告知 was given before this session. */
  readonly rightsNoticeGiven: boolean;
  /** 调解结果 written at the end of a mediation record. */
  readonly result?: string | null;
}

export interface DocumentInterviewee {
  readonly partyId?: string | null;
  readonly name: string;
  readonly sex?: '男' | '女' | null;
  readonly birthDate?: string | null;
  readonly ethnicity?: string | null;
  readonly occupation?: string | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  /** 与纠纷的关系, e.g. 当事人, 邻居, 物业公司工作人员. */
  readonly relation?: string | null;
}

export interface DocumentAgreement {
  readonly kind: '书面' | '口头';
  /** 协议编号; normally the case number (domain §1.1). `null` means "use the case number". */
  readonly number?: string | null;
  /** Date the agreement was reached and signed. */
  readonly concludedAt: string;
  /** Date all signatures and the seal were complete (art. 29); drives the 30-day 司法确认 deadline. */
  readonly effectiveDate: string | null;
  /** Each obligation becomes one numbered clause, in this order. */
  readonly obligations: readonly DocumentObligation[];
  /** Further clauses printed after the obligations, e.g. 双方就本纠纷再无其他争议. */
  readonly otherClauses: readonly string[];
  /** 履行协议的方式、地点、期限 when it is better written by hand than derived from the obligations. */
  readonly performanceText?: string | null;
  /** Oral agreements: the content as recorded by the mediator. Ignored for written agreements. */
  readonly oralContent?: string | null;
}

export interface DocumentObligation {
  /** Party id of the one who must act. */
  readonly obligorId: string;
  /** Party id of the beneficiary, if any. */
  readonly obligeeId?: string | null;
  /**
   * What the obligor does, as a verb phrase that reads after the obligor and the due date:
   * "向申请人张建国支付房屋漏水损失赔偿款". The amount, when present, is appended in 大写 and figures.
   */
  readonly content: string;
  readonly amountFen?: number | null;
  readonly dueDate?: string | null;
  /** e.g. 银行转账, 现金当面交付. */
  readonly manner?: string | null;
  /** 履行地点. */
  readonly place?: string | null;
}

export interface DocumentFollowUp {
  readonly id: string;
  readonly date: string;
  /** 回访人. */
  readonly visitor: string;
  /** Ids of the parties visited. */
  readonly partyIds: readonly string[];
  readonly method: '上门' | '电话' | '视频' | '其他';
  readonly performance: DocumentPerformanceStatus;
  readonly satisfaction?: '满意' | '基本满意' | '不满意' | null;
  /** 回访情况: performance, satisfaction, lawsuits, remaining risks. */
  readonly situation: string;
  /** 采取的措施, if any. */
  readonly measures?: string | null;
}

export interface DocumentTransfer {
  readonly date: string;
  /** Receiving organ, e.g. 栖霞区矛盾纠纷调处化解中心, 尧化派出所. */
  readonly to: string;
  readonly reason: string;
}

export interface DocumentJudicialConfirmation {
  readonly court: string;
  readonly appliedAt?: string | null;
  /** Court 案号 once assigned, e.g. （2026）苏0113民特123号. */
  readonly courtCaseNo?: string | null;
  readonly decidedAt?: string | null;
  readonly result?: '确认有效' | '驳回申请' | '撤回' | null;
}

export interface DocumentClosingNotice {
  readonly date: string;
  /** The reason as it should read after "因" / "经审查，", e.g. 被申请人明确拒绝调解. */
  readonly reason: string;
  /** Where the parties may turn instead, e.g. 可以依法向南京市栖霞区人民法院提起诉讼. */
  readonly advice: string;
  /**
   * Who is told (被告知人): the applicants, else every party, else the person who reported the
   * dispute (a 网格员 report may have no party yet).
   */
  readonly recipients?: readonly string[];
}

export type DossierAttachmentKind =
  | '申请材料'
  | '当事人身份证明'
  | '授权委托书'
  | '证据材料'
  | '履行凭证'
  | '司法确认材料'
  | '其他材料'
  | '卷宗情况说明';

export interface DocumentDossierInfo {
  /** 立卷人. */
  readonly filer?: string | null;
  readonly filedAt?: string | null;
  /** 检查人 on the 卷内备考表. */
  readonly checker?: string | null;
  readonly checkedAt?: string | null;
  /** 保管期限: 永久, 30年, 10年 (domain §7.6). */
  readonly retention?: string | null;
  readonly remarks?: string | null;
  /** Papers that are filed but not generated here (ID copies, receipts …), with their page counts. */
  readonly attachments: readonly DossierAttachment[];
  /**
   * The archive check of this case (services/dossierCheck.ts), the one definition of a complete dossier:
   * the dossier's and the 卷内目录's "缺少必备材料" are its missing items. `null` when the data did not
   * come from stored records (then nothing is judged missing).
   */
  readonly completeness: DossierCheck | null;
}

export interface DossierAttachment {
  readonly kind: DossierAttachmentKind;
  /** As listed in the 卷内目录, e.g. 张建国居民身份证复印件. */
  readonly title: string;
  readonly pages: number;
  /** A scan, if there is one, so it can be bound into the PDF dossier. */
  readonly pdfPath?: string | null;
}
