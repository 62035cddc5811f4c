/** Code lists for triage, handling and outcomes (domain §2.3–§2.6, §3.3, §1.10). */

/** 受理 consent (若干规定 art. 21): all parties agreed, or ex-officio mediation with no objection. */
export const CONSENT_MODES = ['all_parties_consented', 'ex_officio_no_objection'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];
export const CONSENT_MODE_LABELS: Readonly<Record<ConsentMode, string>> = {
  all_parties_consented: '各方当事人同意调解',
  ex_officio_no_objection: '主动调解，当事人未表示反对',
};

/** 不予受理 reasons (domain §2.6; 人民调解法 art. 17; 若干规定 art. 22). */
export const REJECTION_REASONS = [
  'party_refused',
  'already_handled',
  'reserved_to_organs',
  'criminal_or_public_security',
  'administrative_dispute',
  'not_civil_dispute',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];
export const REJECTION_REASON_LABELS: Readonly<Record<RejectionReason, string>> = {
  party_refused: '一方当事人明确拒绝调解',
  already_handled: '已由人民法院、公安机关或其他行政机关受理或解决',
  reserved_to_organs: '法律法规规定只能由专门机关管辖处理，或禁止采用民间调解方式解决',
  criminal_or_public_security: '涉嫌犯罪或违反治安管理，应由公安机关处理',
  administrative_dispute: '属于行政争议，应通过行政复议或行政诉讼解决',
  not_civil_dispute: '不属于民间纠纷',
};

/** 终止调解 reasons (domain §3.3; 人民调解法 art. 23, 26). */
export const TERMINATION_REASONS = [
  'party_refused',
  'party_requested',
  'mediation_failed',
  'overdue_no_extension',
  'other_channel',
] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];
export const TERMINATION_REASON_LABELS: Readonly<Record<TerminationReason, string>> = {
  party_refused: '一方当事人拒绝调解',
  party_requested: '一方当事人要求终止调解',
  mediation_failed: '调解不成',
  overdue_no_extension: '超过调解期限且当事人未同意延期',
  other_channel: '当事人选择诉讼、仲裁或行政途径',
};

/** Channels the parties are told about when mediation is refused or ends (art. 26). */
export const ADVISED_CHANNELS = [
  'litigation',
  'arbitration',
  'labour_arbitration',
  'administrative',
  'police',
  'petition',
  'other_mediation',
] as const;
export type AdvisedChannel = (typeof ADVISED_CHANNELS)[number];
export const ADVISED_CHANNEL_LABELS: Readonly<Record<AdvisedChannel, string>> = {
  litigation: '向人民法院提起诉讼',
  arbitration: '向仲裁委员会申请仲裁',
  labour_arbitration: '向劳动人事争议仲裁委员会申请仲裁',
  administrative: '请求有关行政机关处理',
  police: '向公安机关报案或求助',
  petition: '通过信访渠道反映',
  other_mediation: '向其他调解组织申请调解',
};

/** Where a case can be handed (domain §4.3 escalation ladder, §4.4 linkage). */
export const TRANSFER_TARGET_KINDS = [
  'organisation',
  'court',
  'police',
  'petition',
  'procuratorate',
  'department',
] as const;
export type TransferTargetKind = (typeof TRANSFER_TARGET_KINDS)[number];
export const TRANSFER_TARGET_KIND_LABELS: Readonly<Record<TransferTargetKind, string>> = {
  organisation: '上级调解组织/矛调中心',
  court: '人民法院',
  police: '公安机关',
  petition: '信访部门',
  procuratorate: '检察机关',
  department: '行政部门',
};

export const TRANSFER_FEEDBACK_RESULTS = ['resolved', 'in_progress', 'not_accepted', 'returned'] as const;
export type TransferFeedbackResult = (typeof TRANSFER_FEEDBACK_RESULTS)[number];
export const TRANSFER_FEEDBACK_RESULT_LABELS: Readonly<Record<TransferFeedbackResult, string>> = {
  resolved: '已化解/已处理完毕',
  in_progress: '正在处理',
  not_accepted: '接收方未受理',
  returned: '退回本组织（退单/发回本级处理）',
};

export const SESSION_KINDS = ['investigation', 'mediation'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
  investigation: '调查',
  mediation: '调解',
};

export const SESSION_MODES = ['onsite', 'phone', 'video', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SESSION_MODE_LABELS: Readonly<Record<SessionMode, string>> = {
  onsite: '现场',
  phone: '电话',
  video: '视频',
  online: '线上',
};

export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  scheduled: '已安排',
  held: '已进行',
  cancelled: '已取消',
};

/** How the 权利义务告知书 was given, and how a party agreed to an extension. */
export const NOTICE_FORMS = ['written', 'oral'] as const;
export type NoticeForm = (typeof NOTICE_FORMS)[number];
export const NOTICE_FORM_LABELS: Readonly<Record<NoticeForm, string>> = {
  written: '书面告知（当事人签收）',
  oral: '口头告知（记录在案）',
};

export const CONSENT_FORMS = ['signed', 'oral_recorded', 'phone_recorded'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];
export const CONSENT_FORM_LABELS: Readonly<Record<ConsentForm, string>> = {
  signed: '书面签字同意',
  oral_recorded: '口头同意并记录',
  phone_recorded: '电话同意并记录',
};

export const AGREEMENT_FORMS = ['written', 'oral'] as const;
export type AgreementForm = (typeof AGREEMENT_FORMS)[number];
export const AGREEMENT_FORM_LABELS: Readonly<Record<AgreementForm, string>> = {
  written: '书面协议',
  oral: '口头协议',
};

export const PERFORMANCE_STATUSES = [
  'pending',
  'in_progress',
  'partially_performed',
  'performed',
  'not_performed',
] as const;
export type PerformanceStatus = (typeof PERFORMANCE_STATUSES)[number];
export const PERFORMANCE_STATUS_LABELS: Readonly<Record<PerformanceStatus, string>> = {
  pending: '待履行',
  in_progress: '履行中',
  partially_performed: '部分履行',
  performed: '已履行',
  not_performed: '未履行',
};

export const FOLLOW_UP_METHODS = ['visit', 'phone', 'video', 'other'] as const;
export type FollowUpMethod = (typeof FOLLOW_UP_METHODS)[number];
export const FOLLOW_UP_METHOD_LABELS: Readonly<Record<FollowUpMethod, string>> = {
  visit: '上门',
  phone: '电话',
  video: '视频',
  other: '其他',
};

export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LABELS: Readonly<Record<Satisfaction, string>> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

export const FOLLOW_UP_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, string>> = {
  planned: '待回访',
  done: '已回访',
  cancelled: '已取消',
};

/** Why a follow-up task exists: generated from the agreement, or planned by hand. */
export const FOLLOW_UP_REASONS = ['obligation_due', 'agreement_effective', 'manual'] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];
export const FOLLOW_UP_REASON_LABELS: Readonly<Record<FollowUpReason, string>> = {
  obligation_due: '履行期限届满回访',
  agreement_effective: '协议生效后回访',
  manual: '人工安排',
};

export const CONFIRMATION_RESULTS = ['confirmed', 'rejected', 'withdrawn'] as const;
export type ConfirmationResult = (typeof CONFIRMATION_RESULTS)[number];
export const CONFIRMATION_RESULT_LABELS: Readonly<Record<ConfirmationResult, string>> = {
  confirmed: '确认有效',
  rejected: '驳回申请',
  withdrawn: '撤回',
};

/** Papers filed with a case but not generated here (domain §1.2), plus 卷宗情况说明. */
export const ATTACHMENT_KINDS = [
  'application',
  'id_proof',
  'power_of_attorney',
  'evidence',
  'performance_receipt',
  'judicial_confirmation',
  'dossier_explanation',
  'other',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Readonly<Record<AttachmentKind, string>> = {
  application: '申请材料',
  id_proof: '当事人身份证明',
  power_of_attorney: '授权委托书',
  evidence: '证据材料',
  performance_receipt: '履行凭证（收条、汇款单等）',
  judicial_confirmation: '司法确认材料',
  dossier_explanation: '卷宗情况说明',
  other: '其他材料',
};

export const RETENTION_PERIODS = ['permanent', '30_years', '10_years'] as const;
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number];
export const RETENTION_PERIOD_LABELS: Readonly<Record<RetentionPeriod, string>> = {
  permanent: '永久',
  '30_years': '30年',
  '10_years': '10年',
};
