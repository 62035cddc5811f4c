import { z } from './zodLocale.ts';
import { caseWrite, isoDate, optionalText, requiredText, uuidOf } from './common.ts';
import {
  ADVISED_CHANNELS,
  CONSENT_FORMS,
  CONSENT_MODES,
  REJECTION_REASONS,
  RETENTION_PERIODS,
  TERMINATION_REASONS,
  TRANSFER_FEEDBACK_RESULTS,
  TRANSFER_TARGET_KINDS,
} from '../types/outcomeTaxonomy.ts';
import { DOSSIER_ITEMS } from '../cases/dossierItems.ts';

/** 受理 (核单). */
export const caseAcceptInput = z.object({
  ...caseWrite,
  acceptedOn: isoDate('受理日期'),
  consentMode: z.enum(CONSENT_MODES, { error: '请选择当事人同意调解的情况' }),
  consentNote: optionalText('同意情况说明', 500),
  /** 补录 only: the number on the paper dossier (第 N 号 of the acceptance year); else the next number. */
  paperCaseSeq: z
    .number({ error: '纸质案号应为数字' })
    .int('纸质案号应为整数')
    .min(1, '纸质案号应从 1 开始')
    .max(99999, '纸质案号过大')
    .nullish(),
});

/** Ends the 补录 of a case: later steps are recorded as live handling. */
export const caseFinishBackfillInput = z.object({ ...caseWrite });

/** 不予受理 with a reason from domain §2.6 and the channels advised. */
export const caseRejectInput = z.object({
  ...caseWrite,
  rejectedOn: isoDate('决定日期'),
  reasonCode: z.enum(REJECTION_REASONS, { error: '请选择不予受理的理由' }),
  reason: optionalText('理由说明', 500),
  channels: z.array(z.enum(ADVISED_CHANNELS)).min(1, '请至少选择一个告知当事人的其他途径'),
  advice: optionalText('告知内容', 500),
});

export const caseTerminateInput = z.object({
  ...caseWrite,
  terminatedOn: isoDate('终止日期'),
  reasonCode: z.enum(TERMINATION_REASONS, { error: '请选择终止调解的原因' }),
  reason: optionalText('原因说明', 500),
  channels: z.array(z.enum(ADVISED_CHANNELS)).min(1, '请至少选择一个告知当事人的其他途径'),
  advice: optionalText('告知内容', 500),
});

export const caseVoidInput = z.object({ ...caseWrite, reason: requiredText('作废原因', 500, 4) });

export const caseTransferInput = z.object({
  ...caseWrite,
  targetKind: z.enum(TRANSFER_TARGET_KINDS, { error: '请选择接收单位类型' }),
  /** For a transfer inside the system (escalation to the 街镇/区 centre). */
  targetOrganisationId: uuidOf('接收组织').nullish(),
  targetName: optionalText('接收单位名称', 100),
  reason: requiredText('移交原因', 500),
  transferredOn: isoDate('移交日期'),
});

export const caseTransferFeedbackInput = z.object({
  ...caseWrite,
  transferId: uuidOf('移交记录'),
  feedbackOn: isoDate('反馈日期'),
  result: z.enum(TRANSFER_FEEDBACK_RESULTS, { error: '请选择反馈结果' }),
  note: optionalText('反馈内容', 1000),
});

export const caseCloseInput = z.object({
  ...caseWrite,
  closedOn: isoDate('结案日期'),
  note: optionalText('结案说明', 1000),
});

export const caseArchiveInput = z.object({
  ...caseWrite,
  archivedOn: isoDate('归档日期'),
  filer: requiredText('立卷人', 50),
  /** 卷内备考表: who checked the dossier and when. */
  checker: requiredText('检查人', 50),
  checkedOn: isoDate('检查日期'),
  retention: z.enum(RETENTION_PERIODS, { error: '请选择保管期限' }),
  /** Why planned 回访 still open are not carried out; they are cancelled with it at archiving. */
  openFollowUpReason: optionalText('未进行回访的原因', 500),
  /** 卷宗情况说明 for missing mandatory items, keyed by dossier item code. */
  explanations: z.partialRecord(z.enum(DOSSIER_ITEMS), requiredText('情况说明', 1000, 4)).default({}),
});

export const caseExtendInput = z.object({
  ...caseWrite,
  newDueDate: isoDate('延长后的期限'),
  reason: requiredText('延期原因', 500),
  consents: z
    .array(
      z.object({
        partyId: uuidOf('当事人'),
        consentedOn: isoDate('同意日期'),
        form: z.enum(CONSENT_FORMS, { error: '请选择同意方式' }),
      }),
    )
    .min(1, '延期需要记录双方当事人的同意'),
});

export const caseRefInput = z.object({ caseId: uuidOf('案件') });
