import { z } from './zodLocale.ts';
import { plainText, textRule, uuidOf } from './common.ts';
import { DOCUMENT_MODES, DOCUMENT_TEMPLATE_IDS } from '../types/documents.ts';

const templateId = z.enum(DOCUMENT_TEMPLATE_IDS, { error: '没有这种文书模板' });

export const documentCaseInput = z.object({ caseId: uuidOf('案件') });

export const documentGenerateInput = z.object({
  caseId: uuidOf('案件'),
  templateId,
  mode: z.enum(DOCUMENT_MODES, { error: '请选择正式或草稿' }).default('final'),
  sessionId: uuidOf('调解/调查记录').optional(),
  followUpId: uuidOf('回访记录').optional(),
});

export const documentIdInput = z.object({ documentId: uuidOf('文书') });

export const templateIdInput = z.object({ templateId });

/** A .docx as base64; 20 MB of file is about 27 million characters. */
export const templateUploadInput = z.object({
  templateId,
  fileName: plainText('文件名', 200).default('模板.docx'),
  base64: z
    .string({ error: '请选择要上传的 .docx 文件' })
    .min(1, '请选择要上传的 .docx 文件')
    .max(28_000_000, '模板文件超过 20 MB，请删除其中的大图片后重试')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '上传的内容不是有效的文件数据'),
});

export const traceInput = z.object({
  payload: z
    .string({ error: '请扫描或输入二维码内容' })
    .trim()
    .superRefine(textRule('二维码内容'))
    .min(1, '请扫描或输入二维码内容')
    .max(300),
});
