import { z } from './zodLocale.ts';
import {
  amountFen,
  caseWrite,
  isoDate,
  localDateTime,
  optionalText,
  plainText,
  requiredText,
  uuidOf,
} from './common.ts';
import {
  AGREEMENT_FORMS,
  ATTACHMENT_KINDS,
  CONFIRMATION_RESULTS,
  FOLLOW_UP_METHODS,
  PERFORMANCE_STATUSES,
  SATISFACTION_LEVELS,
  SESSION_KINDS,
  SESSION_MODES,
} from '../types/outcomeTaxonomy.ts';

const sessionFields = {
  kind: z.enum(SESSION_KINDS, { error: '请选择调查或调解' }),
  startAt: localDateTime('开始时间'),
  endAt: localDateTime('结束时间').nullish(),
  place: requiredText('地点', 100),
  mode: z.enum(SESSION_MODES).default('onsite'),
  isPublic: z.boolean().default(false),
  mediatorIds: z.array(uuidOf('调解员')).min(1, '请选择主持的调解员'),
  subject: optionalText('事由', 200),
};

export const sessionScheduleInput = z.object({ ...caseWrite, ...sessionFields });

export const sessionRecordInput = z.object({
  ...caseWrite,
  /** Record a session that was scheduled earlier; omit to record one that was not. */
  sessionId: uuidOf('调解安排').nullish(),
  ...sessionFields,
  recorder: requiredText('记录人', 50),
  partyIdsPresent: z.array(uuidOf('当事人')).default([]),
  participants: z
    .array(z.object({ name: requiredText('参加人姓名', 50), relation: optionalText('与纠纷的关系', 50) }))
    .default([]),
  /** The 权利义务告知 was given to the parties present at the start of this session. */
  rightsNoticeGivenAtStart: z.boolean().default(false),
  interviewee: z
    .object({
      partyId: uuidOf('被调查人').nullish(),
      name: requiredText('被调查人姓名', 50),
      relation: optionalText('与纠纷的关系', 50),
      phone: optionalText('电话', 40),
      address: optionalText('住址', 200),
    })
    .nullish(),
  transcript: requiredText('笔录内容', 50000),
  result: optionalText('调解结果', 2000),
});

export const sessionCancelInput = z.object({
  ...caseWrite,
  sessionId: uuidOf('调解安排'),
  reason: optionalText('取消原因', 200),
});

export const obligationInput = z.object({
  obligorId: uuidOf('履行义务人'),
  obligeeId: uuidOf('权利人').nullish(),
  content: requiredText('协议条款内容', 1000),
  amountFen: amountFen.nullish(),
  dueDate: isoDate('履行期限').nullish(),
  manner: optionalText('履行方式', 100),
  place: optionalText('履行地点', 100),
});

export const agreementRecordInput = z.object({
  ...caseWrite,
  form: z.enum(AGREEMENT_FORMS, { error: '请选择书面协议或口头协议' }),
  number: optionalText('协议编号', 60),
  concludedOn: isoDate('达成日期'),
  /** Written: when all signatures and the seal are complete (may follow later); oral: when reached. */
  effectiveOn: isoDate('生效日期').nullish(),
  facts: optionalText('纠纷主要事实、争议事项', 5000),
  obligations: z.array(obligationInput).max(50).default([]),
  otherClauses: z.array(requiredText('其他条款', 1000)).max(20).default([]),
  performanceText: optionalText('履行方式、地点、期限', 2000),
  oralContent: optionalText('口头协议内容', 5000),
  involvesStatusRelation: z.boolean().default(false),
  involvesOwnershipConfirmation: z.boolean().default(false),
});

export const agreementEffectiveInput = z.object({ ...caseWrite, effectiveOn: isoDate('生效日期') });

export const performanceUpdate = z.object({
  obligationId: uuidOf('协议条款'),
  status: z.enum(PERFORMANCE_STATUSES, { error: '请选择履行情况' }),
  performedAmountFen: amountFen.nullish(),
  performedOn: isoDate('履行日期').nullish(),
  note: optionalText('履行情况说明', 500),
});

export const performanceInput = z.object({
  ...caseWrite,
  updates: z.array(performanceUpdate).min(1, '请至少填写一项履行情况'),
});

export const judicialConfirmationInput = z.object({
  ...caseWrite,
  court: requiredText('受理法院', 100),
  appliedOn: isoDate('申请日期').nullish(),
  courtCaseNo: optionalText('法院案号', 60),
  decidedOn: isoDate('裁定日期').nullish(),
  result: z.enum(CONFIRMATION_RESULTS).nullish(),
  note: optionalText('备注', 500),
});

export const followUpRecordInput = z.object({
  ...caseWrite,
  /** The planned task being done; omit for an unplanned visit. */
  followUpId: uuidOf('回访任务').nullish(),
  visitedOn: isoDate('回访日期'),
  method: z.enum(FOLLOW_UP_METHODS, { error: '请选择回访方式' }),
  visitor: requiredText('回访人', 50),
  partyIds: z.array(uuidOf('当事人')).min(1, '请选择回访的当事人'),
  satisfaction: z.enum(SATISFACTION_LEVELS).nullish(),
  situation: requiredText('回访情况', 5000),
  measures: optionalText('采取的措施', 2000),
  performance: z.array(performanceUpdate).default([]),
});

export const followUpScheduleInput = z.object({ ...caseWrite, dueOn: isoDate('计划回访日期') });

export const attachmentAddInput = z.object({
  ...caseWrite,
  kind: z.enum(ATTACHMENT_KINDS, { error: '请选择材料类型' }),
  title: requiredText('材料名称', 100),
  fileName: requiredText('文件名', 200),
  mimeType: plainText('文件类型', 100).default('application/octet-stream'),
  pages: z.number().int().min(1).nullish(),
  partyId: uuidOf('当事人').nullish(),
  /**
   * The file, received beforehand by the transport (`POST /api/upload` or the desktop upload channel)
   * as an opaque id of this session. No method takes a path on the host computer.
   */
  uploadId: z.string({ error: '请选择要添加的文件' }).regex(/^[A-Za-z0-9_-]{16,64}$/, '请重新选择文件'),
});
