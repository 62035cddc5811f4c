import { z } from './zodLocale.ts';
import { requiredText, uuidOf } from './common.ts';
import { DISPUTE_TYPES } from '../types/disputeTaxonomy.ts';
import { MAX_LAW_FILE_BYTES } from '../laws/parseLawText.ts';
import { findTextProblem, textProblemMessage } from '../validation/textRules.ts';

const lawId = z.number({ error: '请选择法律法规' }).int().min(1);
const articleNumber = z.number({ error: '条文序号应为数字' }).int().min(1).max(9999);

export const lawSearchInput = z.object({
  q: z.string().trim().max(200, '搜索内容不能超过 200 个字'),
  lawId: lawId.optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});

export const lawIdInput = z.object({ lawId });

/** A chapter's worth of articles at most (the longest chapter of the 民法典 has under 100). */
export const lawArticlesInput = z
  .object({ lawId, first: articleNumber, last: articleNumber })
  .refine((v) => v.last >= v.first && v.last - v.first < 400, {
    message: '一次最多查看 400 条',
    path: ['last'],
  });

/** A statute file's text (UTF-8 Markdown in the library's format), never a path on the host. */
export const lawImportInput = z.object({
  fileName: requiredText('文件名', 200).refine(
    (v) => /\.(md|txt)$/iu.test(v) && !/[\\/]/u.test(v),
    '请选择 .md 或 .txt 格式的法规文件',
  ),
  content: z
    .string({ error: '文件内容应为文字' })
    .min(1, '文件是空的')
    .max(MAX_LAW_FILE_BYTES, '文件过大：单个法规文件不能超过 100 万字')
    .superRefine((value, ctx) => {
      const problem = findTextProblem(value.replace(/\r/gu, ''), 'multi');
      if (problem) ctx.addIssue({ code: 'custom', message: textProblemMessage('文件内容', problem) });
    }),
});

export const articleRefInput = z.object({
  lawTitle: requiredText('法律名称', 100),
  number: articleNumber,
});

export const lawTopicSaveInput = z.object({
  disputeType: z.enum(DISPUTE_TYPES, { error: '请选择纠纷类型' }),
  subtypeName: z.string().trim().max(50).default(''),
  /** null: back to the list shipped with the program. */
  articles: z.array(articleRefInput).max(50, '每个类型最多 50 条').nullable(),
});

export const caseLawsInput = z.object({ caseId: uuidOf('案件') });

export const similarCasesInput = z.object({
  caseId: uuidOf('案件'),
  limit: z.number().int().min(1).max(50).default(20),
});
