import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail } from '../../shared/types/dispute.ts';
import { AppError } from '../../shared/errors.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { writeCase } from './caseWrite.ts';
import { readCase } from './caseRead.ts';

export type BackfillService = ReturnType<typeof createBackfillService>;

/**
 * 补录 of paper cases: a case created with its real registration date (`case.create` with
 * `registeredOn`) is marked as entered afterwards; while that mark is open every step is recorded as
 * 补录 (timeline and audit log). Finishing it (or archiving) closes the mark, so a case that was still
 * running on adoption day continues as live handling.
 */
export function createBackfillService(deps: ServiceDeps) {
  return {
    async finish(input: ParsedInputOf<'case.finishBackfill'>, actor: string): Promise<CaseDetail> {
      await writeCase(deps, input, 'edit_details', actor, async (ctx) => {
        if (!ctx.backfilling) throw new AppError('INVALID_STATE', '这个案件不在补录中。');
        ctx.setCase({ backfill_done_at: ctx.now });
        return { summary: '完成补录：此后的步骤按正常办案记录' };
      });
      return readCase(deps, input.caseId);
    },
  };
}
