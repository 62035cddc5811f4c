import { AppError } from '../../shared/errors.ts';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { Organisation } from '../../shared/types/organisation.ts';
import { getHomeOrganisation, insertOrganisation } from '../db/queries/organisations.ts';
import type { ServiceDeps } from './serviceDeps.ts';

export type OrganisationService = ReturnType<typeof createOrganisationService>;

export function createOrganisationService({ db, clock, newId, inTransaction }: ServiceDeps) {
  return {
    home: (): Promise<Organisation | null> => getHomeOrganisation(db),

    /** First run only: a second setup would silently re-number cases, so it is refused. */
    async setup(input: ParsedInputOf<'org.setup'>): Promise<Organisation> {
      return inTransaction(async (trx) => {
        if (await getHomeOrganisation(trx)) {
          throw new AppError(
            'CONFLICT',
            '本机已经登记过所属组织，不能重复初始化。如需修改，请到“设置”中编辑。',
          );
        }
        return insertOrganisation(trx, {
          uuid: newId(),
          name: input.name,
          kind: input.kind,
          level: input.level,
          regionCode: input.regionCode,
          abbreviation: input.abbreviation,
          sealName: input.sealName ? input.sealName : null,
          isHome: true,
          now: clock.now().toISOString(),
        });
      });
    },
  };
}
