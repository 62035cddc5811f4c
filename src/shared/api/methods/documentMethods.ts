import { defineMethod } from '../defineMethod.ts';
import {
  documentCaseInput,
  documentGenerateInput,
  documentIdInput,
  templateIdInput,
  templateUploadInput,
  traceInput,
} from '../../schemas/documents.ts';
import type {
  CaseDocumentInfo,
  DocumentFile,
  DocumentTemplateInfo,
  DossierOutcome,
  TraceResult,
} from '../../types/documents.ts';
import { noInput } from './appMethods.ts';

export const documentMethods = {
  'document.templates': defineMethod<DocumentTemplateInfo[]>()({
    input: noInput,
    permission: 'case.read',
    summary: '文书模板列表（内置或管理员替换）',
  }),
  'document.generate': defineMethod<CaseDocumentInfo>()({
    input: documentGenerateInput,
    permission: 'document.generate',
    summary: '生成文书（正式或草稿），每次生成保存为新版本',
  }),
  'document.list': defineMethod<CaseDocumentInfo[]>()({
    input: documentCaseInput,
    permission: 'case.read',
    summary: '案件的已生成文书（含历史版本）',
  }),
  // Documents print full ID numbers and phones (results elsewhere are masked), so who fetched which
  // document is audited, as party.reveal is: not read-only, hence one audit entry per download.
  // Printed documents carry full ID numbers and phones: the same roles and audit as party.reveal.
  'document.download': defineMethod<DocumentFile>()({
    input: documentIdInput,
    permission: 'case.reveal',
    readOnly: false,
    summary: '下载已生成的文书（含完整身份信息，记入审计日志）',
  }),
  'document.blankForm': defineMethod<DocumentFile>()({
    input: templateIdInput,
    permission: 'case.read',
    summary: '空白文书（供手工填写）',
  }),
  // LibreOffice may run for many seconds: the service records the results in its own short transaction
  // (with an audit entry) so the call queue does not hold a write transaction open meanwhile.
  'document.dossier': defineMethod<DossierOutcome>()({
    input: documentCaseInput,
    permission: 'document.generate',
    readOnly: true,
    summary: '组卷：封面、卷内目录、文书、备考表，有 LibreOffice 时合成 PDF',
  }),
  'document.templateFile': defineMethod<DocumentFile>()({
    input: templateIdInput,
    permission: 'template.manage',
    readOnly: true,
    summary: '下载当前使用的模板文件（供在 WPS/Word 中修改）',
  }),
  'document.uploadTemplate': defineMethod<DocumentTemplateInfo>()({
    input: templateUploadInput,
    permission: 'template.manage',
    summary: '上传本中心修改的模板（检查占位符后启用）',
  }),
  'document.revertTemplate': defineMethod<DocumentTemplateInfo>()({
    input: templateIdInput,
    permission: 'template.manage',
    summary: '恢复为内置模板',
  }),
  'document.trace': defineMethod<TraceResult>()({
    input: traceInput,
    permission: 'case.read',
    summary: '按文书二维码查找所属案件与文书（一案一码）',
  }),
} as const;
