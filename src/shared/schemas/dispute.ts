import { z } from './zodLocale.ts';

export const caseId = z.uuid({ error: '案件编号格式不正确' });

export const caseCreateInput = z.object({
  title: z
    .string({ error: '请填写纠纷名称' })
    .trim()
    .min(2, '请填写纠纷名称（至少 2 个字）')
    .max(100, '纠纷名称不能超过 100 个字'),
  summary: z
    .string({ error: '请简要填写纠纷情况' })
    .trim()
    .min(1, '请简要填写纠纷情况')
    .max(5000, '纠纷简要情况不能超过 5000 个字'),
});
export type CaseCreateInput = z.input<typeof caseCreateInput>;

export const caseListInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export type CaseListInput = z.input<typeof caseListInput>;

export const caseGetInput = z.object({ id: caseId });
