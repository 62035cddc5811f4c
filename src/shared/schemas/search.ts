import { z } from './zodLocale.ts';

export const caseSearchInput = z.object({
  q: z.string().trim().max(200, '搜索内容不能超过 200 个字'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
