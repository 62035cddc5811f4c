import { AppError } from '../../shared/errors.ts';
import type { PartyPersonalData } from '../../shared/types/party.ts';
import { requireCaseRow } from '../db/queries/caseRows.ts';
import { listParties } from '../db/queries/parties.ts';
import type { ServiceDeps } from './serviceDeps.ts';

/** The full personal data of one party; the router audits each call and exempts it from masking. */
export function createPartyReveal({ db }: ServiceDeps) {
  return async (caseId: string, partyId: string): Promise<PartyPersonalData> => {
    const caseRow = await requireCaseRow(db, caseId);
    const party = (await listParties(db, caseRow.id)).find((candidate) => candidate.id === partyId);
    if (!party) throw new AppError('NOT_FOUND', '没有找到这名当事人。', { partyId });
    return {
      partyId,
      idType: party.idType,
      idNumber: party.idNumber,
      contacts: party.contacts,
      address: party.address,
    };
  };
}
