import { defineMethod } from '../defineMethod.ts';
import {
  conflictListInput,
  exportPackageInput,
  importPackageInput,
  registerPeerInput,
  resolveConflictInput,
} from '../../schemas/exchange.ts';
import type {
  ExchangeConflict,
  ExchangeIdentity,
  ExchangeKey,
  ExchangePackageInfo,
  ExchangePeer,
  ImportSummary,
  PackageFile,
} from '../../types/exchange.ts';
import { noInput } from './appMethods.ts';

/** 站点交换 (issue 7): signed packages between village stations and their centre. */
export const exchangeMethods = {
  'exchange.identity': defineMethod<ExchangeIdentity>()({
    input: noInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '本单位的站点标识与公钥',
  }),
  'exchange.createIdentity': defineMethod<ExchangeKey>()({
    input: noInput,
    permission: 'export.manage',
    summary: '生成本单位的交换密钥（已有则不变）',
  }),
  'exchange.peers': defineMethod<ExchangePeer[]>()({
    input: noInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '已登记的站点与中心',
  }),
  'exchange.registerPeer': defineMethod<ExchangePeer[]>()({
    input: registerPeerInput,
    permission: 'export.manage',
    summary: '登记（或更新）站点或中心的公钥',
  }),
  'exchange.packages': defineMethod<ExchangePackageInfo[]>()({
    input: noInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '导出与导入过的交换包',
  }),
  'exchange.exportPackage': defineMethod<PackageFile>()({
    input: exportPackageInput,
    permission: 'export.manage',
    summary: '生成交换包（上次之后变动的案件、附件，签名）',
  }),
  'exchange.importPackage': defineMethod<ImportSummary>()({
    input: importPackageInput,
    permission: 'export.manage',
    summary: '导入交换包（核验签名与校验值后在一个事务中合并）',
  }),
  'exchange.conflicts': defineMethod<ExchangeConflict[]>()({
    input: conflictListInput,
    permission: 'export.manage',
    readOnly: true,
    summary: '双方都改过的案件（冲突），两边版本对照',
  }),
  'exchange.resolveConflict': defineMethod<ExchangeConflict>()({
    input: resolveConflictInput,
    permission: 'export.manage',
    summary: '处理冲突：保留本机版本或采用对方版本',
  }),
} as const;
