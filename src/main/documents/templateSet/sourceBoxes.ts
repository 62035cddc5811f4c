/**
 * The 案件来源 boxes the 2010 受理登记表 and 结案报告表 print. Which one is ticked comes from the same
 * grouping the statistics count by (`CASE_SOURCE_GROUP`, see mapping/caseText.ts `sourceChecks`).
 */
export const SOURCE_BOX_LABELS = {
  application: '当事人申请',
  initiative: '人民调解委员会主动调解',
  referral: '移送、委托、委派',
} as const;

export const SOURCE_BOXES_BLANK = `□${SOURCE_BOX_LABELS.application}　□${SOURCE_BOX_LABELS.initiative}　□${SOURCE_BOX_LABELS.referral}`;
