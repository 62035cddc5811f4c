import { z } from './zodLocale.ts';
import { LEDGER_FIELDS, LEDGER_MAX_BYTES } from '../types/ledgerImport.ts';
import { DISPUTE_TYPES } from '../types/disputeTaxonomy.ts';

/** base64 length of the largest file accepted. */
const MAX_BASE64 = Math.ceil(LEDGER_MAX_BYTES / 3) * 4;

export const ledgerParseInput = z.object({
  fileName: z
    .string({ error: '缺少文件名' })
    .trim()
    .min(1, '缺少文件名')
    .max(200, '文件名不能超过 200 个字')
    .refine(
      (n) => /\.(xlsx|csv)$/i.test(n),
      '只能导入 .xlsx 或 .csv 文件（.xls 请先在 Excel/WPS 中另存为 .xlsx）',
    ),
  base64: z
    .string({ error: '请选择台账文件' })
    .min(1, '请选择台账文件')
    .max(MAX_BASE64, `文件太大：台账文件不能超过 ${LEDGER_MAX_BYTES / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容格式不正确'),
});

/** The user's column mapping (one entry per column of the file, null = 不导入) and value corrections. */
const mappingFields = {
  fileId: z.string({ error: '请先上传台账文件' }).min(1, '请先上传台账文件').max(80),
  columns: z.array(z.enum(LEDGER_FIELDS).nullable()).max(200, '列数太多'),
  /** Dispute-type words in the file the user mapped by hand: 原文 → type. */
  disputeTypes: z.record(z.string().max(100), z.enum(DISPUTE_TYPES)).default({}),
};

export const ledgerDryRunInput = z.object(mappingFields);

export const ledgerImportInput = z.object({
  ...mappingFields,
  /** 0-based index of the first data row of this chunk. */
  fromIndex: z.number().int().min(0),
  count: z.number().int().min(1).max(2000).default(500),
});
