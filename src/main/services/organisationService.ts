import { AppError } from '../../shared/errors.ts';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { Organisation, OrganisationDetail } from '../../shared/types/organisation.ts';
import type { ChangeNote } from '../api/auditDetail.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import {
  descendantIds,
  getHomeOrganisation,
  getOrganisationRow,
  insertOrganisation,
  listOrganisationDetails,
  organisationNameTaken,
  updateOrganisation,
} from '../db/queries/organisations.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { maskPhone } from '../../shared/format/maskPersonalData.ts';

export type OrganisationService = ReturnType<typeof createOrganisationService>;

type Extras = Pick<ParsedInputOf<'org.create'>, 'sealName' | 'address' | 'phone' | 'defaultCourt'>;

/** Blank optional text is stored as NULL so "not filled in" has one representation. */
function blankToNull(value: string | undefined | null): string | null {
  return value ? value : null;
}

function extrasOf(input: Extras) {
  return {
    sealName: blankToNull(input.sealName),
    address: blankToNull(input.address),
    phone: blankToNull(input.phone),
    defaultCourt: blankToNull(input.defaultCourt),
  };
}

function fieldError(
  field: string,
  message: string,
  code: 'INVALID_INPUT' | 'CONFLICT' = 'INVALID_INPUT',
): AppError {
  return new AppError(code, message, { fields: { [field]: message } });
}

export function createOrganisationService({ db, clock, newId, inTransaction }: ServiceDeps) {
  async function detailOf(trx: Kysely<Database>, rowId: number): Promise<OrganisationDetail> {
    const [found] = await listOrganisationDetails(trx, { includeInactive: true, ids: [rowId] });
    return found!;
  }

  async function parentRowId(
    trx: Kysely<Database>,
    parentUuid: string | null | undefined,
  ): Promise<number | null> {
    if (!parentUuid) return null;
    const parent = await getOrganisationRow(trx, parentUuid);
    if (!parent) throw fieldError('parentId', '没有找到所选的上级组织。');
    return parent.id;
  }

  async function assertNameFree(trx: Kysely<Database>, name: string, exceptId?: number): Promise<void> {
    if (await organisationNameTaken(trx, name, exceptId)) {
      throw fieldError('name', `已有名为“${name}”的组织，请勿重复登记。`, 'CONFLICT');
    }
  }

  return {
    home: (): Promise<Organisation | null> => getHomeOrganisation(db),

    list: (input: ParsedInputOf<'org.list'>): Promise<OrganisationDetail[]> =>
      listOrganisationDetails(db, { includeInactive: input.includeInactive }),

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

    /** Another organisation: a 街镇/区 centre cases escalate to, or this installation's parent. */
    async create(input: ParsedInputOf<'org.create'>): Promise<OrganisationDetail> {
      return inTransaction(async (trx) => {
        await assertNameFree(trx, input.name);
        const uuid = newId();
        await insertOrganisation(trx, {
          uuid,
          name: input.name,
          kind: input.kind,
          level: input.level,
          regionCode: input.regionCode,
          abbreviation: input.abbreviation,
          ...extrasOf(input),
          parentRowId: await parentRowId(trx, input.parentId),
          isHome: false,
          now: clock.now().toISOString(),
        });
        const row = await getOrganisationRow(trx, uuid);
        return detailOf(trx, row!.id);
      });
    },

    /**
     * Edits any organisation, this one included. The abbreviation goes into case numbers assigned
     * from now on; numbers already given are stored on the cases and stay as they were.
     */
    async update(
      input: ParsedInputOf<'org.update'>,
      noteChange: (note: ChangeNote) => void,
    ): Promise<OrganisationDetail> {
      return inTransaction(async (trx) => {
        const row = await getOrganisationRow(trx, input.organisationId);
        if (!row) throw new AppError('NOT_FOUND', '没有找到这个组织，可能已被他人修改，请刷新后重试。');
        if (row.version !== input.expectedVersion) {
          throw new AppError('CONFLICT', '该组织信息已被他人修改，请刷新后重新编辑。', {
            currentVersion: row.version,
          });
        }
        if (row.is_home === 1 && !input.active) {
          throw fieldError('active', '本机所属组织不能停用。');
        }
        // Results leave the core with phones masked, so an edit form sends the mask back unchanged.
        const phone = row.phone !== null && input.phone === maskPhone(row.phone) ? row.phone : input.phone;
        const parent = await parentRowId(trx, input.parentId);
        if (parent !== null && (parent === row.id || (await descendantIds(trx, row.id)).includes(parent))) {
          throw fieldError('parentId', '上级组织不能是它自己或它的下级组织。');
        }
        await assertNameFree(trx, input.name, row.id);
        const before = await detailOf(trx, row.id);
        const written = await updateOrganisation(
          trx,
          row.id,
          input.expectedVersion,
          {
            name: input.name,
            kind: input.kind,
            level: input.level,
            regionCode: input.regionCode,
            abbreviation: input.abbreviation,
            ...extrasOf({ ...input, phone }),
            parentRowId: parent,
            active: input.active,
          },
          clock.now().toISOString(),
        );
        if (!written) throw new AppError('CONFLICT', '该组织信息已被他人修改，请刷新后重新编辑。');
        const after = await detailOf(trx, row.id);
        noteChange({ entity: 'organisation', id: row.uuid, before: { ...before }, after: { ...after } });
        return after;
      });
    },
  };
}
