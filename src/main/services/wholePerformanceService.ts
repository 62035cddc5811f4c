/**
 * Performance of an agreement as a whole (issue 15 item 5): an oral agreement performed on the spot,
 * or any agreement whose performance is not a money obligation, is recorded as 当场履行 / 已履行 with
 * the date and how. The case moves to 履行完毕; statistics count it as performed from that day
 * (`queries/stats.ts`), and the 结案报告表 prints it (`caseDocumentData.ts`).
 */
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { WHOLE_PERFORMANCE_MODE_LABELS } from '../../shared/types/outcome.ts';
import { AppError } from '../../shared/errors.ts';
import { getAgreementRow, setWholePerformance } from '../db/queries/agreements.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { invalidField, readCase } from './caseRead.ts';

export function createWholePerformanceService(deps: ServiceDeps) {
  return {
    async record(input: ParsedInputOf<'performance.whole'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'manage_agreement', actor, async (ctx) => {
        const agreement = await getAgreementRow(ctx.trx, ctx.row.id);
        if (!agreement) throw new AppError('INVALID_STATE', '本案还没有调解协议，无法登记履行情况。');
        await ctx.checkDates(
          [{ step: 'performed', value: input.performedOn, field: 'performedOn' }],
          ['performed'],
        );
        if (input.mode === 'on_the_spot' && input.performedOn !== agreement.concluded_on)
          throw invalidField(
            'performedOn',
            `当场履行的日期应为协议达成当日（${agreement.concluded_on}）；之后履行的请选择“已履行”。`,
          );
        await setWholePerformance(
          ctx.trx,
          agreement.id,
          { mode: input.mode, performedOn: input.performedOn, how: input.how },
          ctx.now,
        );
        if (ctx.status === 'agreed' || ctx.status === 'performing')
          ctx.advance('complete_performance', '协议全部履行完毕');
        const label = WHOLE_PERFORMANCE_MODE_LABELS[input.mode];
        return {
          summary: `协议${label}（${input.performedOn}）${input.how ? `：${input.how}` : ''}`,
          changes: { mode: input.mode, performedOn: input.performedOn, how: input.how },
        };
      });
      return readCase(deps, input.caseId);
    },
  };
}
