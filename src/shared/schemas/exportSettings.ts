import { z } from './zodLocale.ts';
import { EXPORT_AUTH_KINDS, EXPORT_TRIGGERS, OUTBOX_STATUSES } from '../types/cityExport.ts';

export const exportSettingsInput = z.object({
  enabled: z.boolean(),
  endpoint: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), {
      message: '接收地址必须以 http:// 或 https:// 开头',
    }),
  authKind: z.enum(EXPORT_AUTH_KINDS),
  /** Empty keeps the stored token / secret. */
  secret: z.string().max(1000).optional(),
  triggers: z.array(z.enum(EXPORT_TRIGGERS)).max(EXPORT_TRIGGERS.length),
  timeoutMs: z.number().int().min(100).max(120_000).default(15_000),
  maxAttempts: z.number().int().min(1).max(100).default(10),
  baseDelayMs: z.number().int().min(10).max(86_400_000).default(60_000),
  maxDelayMs: z
    .number()
    .int()
    .min(10)
    .max(7 * 86_400_000)
    .default(6 * 3_600_000),
});
export type ExportSettingsInput = z.output<typeof exportSettingsInput>;

export const exportMappingInput = z.object({ text: z.string().min(1).max(1_000_000) });
export const outboxListInput = z.object({
  status: z.enum(OUTBOX_STATUSES).optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});
export const outboxResendInput = z.object({ id: z.string().min(1) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });
export const exportFileInput = z
  .object({ from: isoDate, to: isoDate, format: z.enum(['jsonl', 'xlsx']) })
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
