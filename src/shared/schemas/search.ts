import { z } from './zodLocale.ts';
import { plainText } from './common.ts';

export const caseSearchInput = z.object({
  q: plainText('搜索内容', 200),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
});
