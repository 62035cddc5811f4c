import { z } from './zodLocale.ts';
import { textRule } from './common.ts';
import { caseListInput } from './dispute.ts';

/** The filters a saved view keeps: the case list's, without the page it happened to be on. */
export const savedFilters = caseListInput.omit({ page: true, pageSize: true }).partial();

export const viewSaveInput = z.object({
  name: z
    .string({ error: '请填写视图名称' })
    .trim()
    .superRefine(textRule('视图名称'))
    .min(1, '请填写视图名称')
    .max(30, '视图名称不能超过 30 个字'),
  filters: savedFilters,
});

export const viewDeleteInput = z.object({ id: z.number().int().min(1) });

export const caseListExportInput = z.object({ filters: savedFilters });
