import { AppError } from '../../shared/errors.ts';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { CaseDetail, CaseSummary, Page } from '../../shared/types/dispute.ts';
import { getCaseByUuid, insertCase, listCases } from '../db/queries/cases.ts';
import { getHomeOrganisationRow } from '../db/queries/organisations.ts';
import { inTransaction } from '../db/inTransaction.ts';
import type { ServiceDeps } from './serviceDeps.ts';

export type CaseService = ReturnType<typeof createCaseService>;

export function createCaseService({ db, clock, newId }: ServiceDeps) {
  async function get(id: string): Promise<CaseDetail> {
    const found = await getCaseByUuid(db, id);
    if (!found) throw new AppError('NOT_FOUND', '没有找到这个案件，可能编号有误。', { id });
    return found;
  }

  return {
    get,

    async create(input: ParsedInputOf<'case.create'>): Promise<CaseDetail> {
      const uuid = newId();
      await inTransaction(db, async (trx) => {
        const home = await getHomeOrganisationRow(trx);
        if (!home) throw new AppError('INVALID_STATE', '请先完成首次设置（登记本机所属组织），再登记纠纷。');
        await insertCase(trx, {
          uuid,
          organisationId: home.id,
          title: input.title,
          summary: input.summary,
          status: 'registered',
          now: clock.now().toISOString(),
        });
      });
      return get(uuid);
    },

    list: (input: ParsedInputOf<'case.list'>): Promise<Page<CaseSummary>> => listCases(db, input),
  };
}
