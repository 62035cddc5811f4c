import { defineMethod } from '../defineMethod.ts';
import {
  caseLawsInput,
  lawArticlesInput,
  lawIdInput,
  lawImportInput,
  lawSearchInput,
  lawTopicSaveInput,
  similarCasesInput,
} from '../../schemas/laws.ts';
import { z } from '../../schemas/zodLocale.ts';
import type {
  CaseLaws,
  LawArticle,
  LawChapter,
  LawSearchResult,
  LawSummary,
  LawTopic,
} from '../../types/laws.ts';
import type { SimilarCases } from '../../types/similarCases.ts';

/** The mediator's desk: the statute library, the articles for a dispute type, and this centre's precedents. */
export const lawMethods = {
  'law.list': defineMethod<LawSummary[]>()({
    input: z.object({}),
    permission: 'law.read',
    summary: '法条库：全部法律法规及其版本日期',
  }),
  'law.chapters': defineMethod<{ law: LawSummary; chapters: LawChapter[] }>()({
    input: lawIdInput,
    permission: 'law.read',
    summary: '一部法律法规的编、章、节目录',
  }),
  'law.articles': defineMethod<LawArticle[]>()({
    input: lawArticlesInput,
    permission: 'law.read',
    summary: '按条文序号范围查看条文',
  }),
  'law.search': defineMethod<LawSearchResult>()({
    input: lawSearchInput,
    permission: 'law.read',
    summary: '全文检索法条（任意字数，可输入“民法典 288条”）',
  }),
  'law.forCase': defineMethod<CaseLaws>()({
    input: caseLawsInput,
    permission: 'law.read',
    summary: '案件的相关法条（按纠纷类型、子类）',
  }),
  'law.topics': defineMethod<LawTopic[]>()({
    input: z.object({}),
    permission: 'law.read',
    summary: '纠纷类型与常用法条的对应表',
  }),
  'law.saveTopic': defineMethod<LawTopic>()({
    input: lawTopicSaveInput,
    permission: 'settings.manage',
    summary: '修改某一纠纷类型（子类）的常用法条（或恢复程序自带的）',
  }),
  'law.import': defineMethod<LawSummary>()({
    input: lawImportInput,
    permission: 'settings.manage',
    summary: '导入修订后的法律法规文本（替换同名法律，民法典可按编替换）',
  }),
  'law.revert': defineMethod<LawSummary[]>()({
    input: lawIdInput,
    permission: 'settings.manage',
    summary: '恢复程序自带的法律法规文本',
  }),
  'law.similarCases': defineMethod<SimilarCases>()({
    input: similarCasesInput,
    permission: 'case.read',
    summary: '类案参考：本中心办结的同类案件及其结果',
  }),
} as const;
