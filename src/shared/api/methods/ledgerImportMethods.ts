import { defineMethod } from '../defineMethod.ts';
import { ledgerDryRunInput, ledgerImportInput, ledgerParseInput } from '../../schemas/ledgerImport.ts';
import type {
  LedgerDryRun,
  LedgerImportChunk,
  LedgerPreview,
  LedgerTemplateFile,
} from '../../types/ledgerImport.ts';
import { noInput } from './appMethods.ts';

/** 台账导入 (issue 14): bring an existing Excel/CSV ledger in as cases with their real dates. */
export const ledgerImportMethods = {
  'ledger.template': defineMethod<LedgerTemplateFile>()({
    input: noInput,
    permission: 'ledger.import',
    readOnly: true,
    summary: '下载台账导入模板（.xlsx）',
  }),
  'ledger.parse': defineMethod<LedgerPreview>()({
    input: ledgerParseInput,
    permission: 'ledger.import',
    readOnly: true,
    summary: '读取台账文件（.xlsx 或 .csv），识别表头，返回列对应关系供核对',
  }),
  'ledger.dryRun': defineMethod<LedgerDryRun>()({
    input: ledgerDryRunInput,
    permission: 'ledger.import',
    readOnly: true,
    summary: '试导入：逐行检查，列出每一个有问题的行、列和原因，不写入任何数据',
  }),
  'ledger.import': defineMethod<LedgerImportChunk>()({
    input: ledgerImportInput,
    permission: 'ledger.import',
    summary: '导入台账的一段行（每段一个事务）：合格的行成为案件，有问题的行和已导入过的行跳过',
  }),
} as const;
