import { formatFenFigures } from '../../../shared/format/money.ts';
import type { SimilarCasesSummary } from '../../../shared/types/similarCases.ts';

/** 近三年同类“漏水” 23 件：成功 19 件，协议金额中位数 ¥3,200，平均 11 天 */
export function similarSummaryText(summary: SimilarCasesSummary): string {
  const head = `近${summary.years === 3 ? '三' : summary.years}年同类“${summary.kind}” ${summary.count} 件`;
  if (summary.count === 0) return `${head}。`;
  const parts = [`成功 ${summary.success} 件`];
  if (summary.medianAmountFen !== null) {
    parts.push(`协议金额中位数 ${formatFenFigures(summary.medianAmountFen).replace(/\.00$/u, '')}`);
  }
  if (summary.averageDays !== null) parts.push(`平均 ${summary.averageDays} 天`);
  return `${head}：${parts.join('，')}`;
}
