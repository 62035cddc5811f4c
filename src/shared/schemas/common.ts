import { z } from './zodLocale.ts';
import { isIsoDate } from '../format/chineseDate.ts';
import {
  findTextProblem,
  MULTI_LINE_FROM_LENGTH,
  textProblemMessage,
  type TextLines,
} from '../validation/textRules.ts';

export const uuidOf = (what: string) => z.uuid({ error: `${what}编号格式不正确` });

export const isoDate = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .refine(isIsoDate, `${what}应为有效日期（年-月-日）`);

/** Local wall-clock time without zone, as printed on records: 2026-03-05T09:30. */
export const localDateTime = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${what}应为“年-月-日 时:分”`)
    .refine(
      (v) => isIsoDate(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60,
      `${what}不是有效时间`,
    );

/**
 * The one text rule (`validation/textRules.ts`) as a zod check: no control characters, no bidi
 * overrides, no lone surrogates; tab and line breaks only where `lines` is 'multi'. Every user text
 * field of the contract carries it, through the helpers below or directly.
 */
export const textRule =
  (what: string, lines: TextLines = 'single') =>
  (value: string, context: z.RefinementCtx) => {
    const problem = findTextProblem(value, lines);
    if (problem)
      context.addIssue({ code: 'custom', message: textProblemMessage(what, problem), input: value });
  };

/** Fields of 500 characters and more (说明、笔录、情况) may span lines; shorter ones are one line. */
const linesFor = (max: number): TextLines => (max >= MULTI_LINE_FROM_LENGTH ? 'multi' : 'single');

/** Optional free text: blank means absent. */
export const optionalText = (what: string, max = 500, lines: TextLines = linesFor(max)) =>
  z
    .string({ error: `${what}应为文字` })
    .trim()
    .superRefine(textRule(what, lines))
    .max(max, `${what}不能超过 ${max} 个字`)
    .optional()
    .transform((v) => (v === undefined || v === '' ? null : v));

export const requiredText = (what: string, max = 500, min = 1, lines: TextLines = linesFor(max)) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .superRefine(textRule(what, lines))
    .min(min, min > 1 ? `请填写${what}（至少 ${min} 个字）` : `请填写${what}`)
    .max(max, `${what}不能超过 ${max} 个字`);

/** A short user text without the helpers' trimming/nulling (search boxes, filters, names). */
export const plainText = (what: string, max: number, lines: TextLines = linesFor(max)) =>
  z
    .string({ error: `${what}应为文字` })
    .trim()
    .superRefine(textRule(what, lines))
    .max(max, `${what}不能超过 ${max} 个字`);

export const expectedVersion = z
  .number({ error: '缺少版本号，请刷新后重试' })
  .int()
  .min(1, '版本号不正确，请刷新后重试');

/** Every write to a case names it and the version the caller read (optimistic concurrency). */
export const caseWrite = {
  caseId: uuidOf('案件'),
  expectedVersion,
};

/** Money in 分 as a non-negative safe integer. */
export const amountFen = z
  .number({ error: '金额应为数字' })
  .int('金额应以“分”为单位的整数')
  .min(0, '金额不能为负数')
  .max(Number.MAX_SAFE_INTEGER, '金额过大');
