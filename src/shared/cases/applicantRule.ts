import { CASE_SOURCE_GROUP, type CaseSource } from '../types/disputeTaxonomy.ts';

/** A case is registered for someone: at least one 申请人 with a name (the 受理登记表 starts with them). */
export const NO_APPLICANT_MESSAGE = '请至少登记一名申请人（填写姓名或名称）';

/**
 * Whether registering needs a named 申请人. A report the committee acts on by itself (网格员上报,
 * 排查发现, 主动调解) may come in before the parties are known; its reporter is recorded instead.
 * One rule for the intake form and the API.
 */
export function applicantRequired(source: CaseSource, reporterName: string | null | undefined): boolean {
  return !(CASE_SOURCE_GROUP[source] === 'initiative' && (reporterName ?? '').trim() !== '');
}
