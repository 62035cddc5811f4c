import { defineMethod } from '../defineMethod.ts';
import { caseSearchInput } from '../../schemas/search.ts';
import type { SearchResult } from '../../types/search.ts';

/**
 * The search box. Its own namespace (not case.*) so the case handlers stay one file owned by the case
 * feature; the permission is the case list's.
 */
export const searchMethods = {
  'search.cases': defineMethod<SearchResult>()({
    input: caseSearchInput,
    permission: 'case.read',
    summary: '全文搜索案件：案号、当事人、证件号码/电话（精确）、外部编号、纠纷情况、协议条款、调解记录',
  }),
} as const;
