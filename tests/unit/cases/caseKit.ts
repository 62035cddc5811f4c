import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { migrations } from '../../../migrations/index.ts';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { closeDatabase, openDatabase, type OpenedDatabase } from '../../../src/main/db/connection.ts';
import { migrateDatabase } from '../../../src/main/db/migrate.ts';
import { createTransactionRunner } from '../../../src/main/db/transactions.ts';
import { createSearchIndexer } from '../../../src/main/db/queries/searchIndex.ts';
import { insertOrganisation } from '../../../src/main/db/queries/organisations.ts';
import type { ServiceDeps } from '../../../src/main/services/serviceDeps.ts';
import { createCaseService } from '../../../src/main/services/caseService.ts';
import { createTriageService } from '../../../src/main/services/triageService.ts';
import { createPartyService } from '../../../src/main/services/partyService.ts';
import { createMediatorService } from '../../../src/main/services/mediatorService.ts';
import { createSessionService } from '../../../src/main/services/sessionService.ts';
import { createAgreementService } from '../../../src/main/services/agreementService.ts';
import { createFollowUpService } from '../../../src/main/services/followUpService.ts';
import { createDeadlineService } from '../../../src/main/services/deadlineService.ts';
import { createAttachmentService } from '../../../src/main/services/attachmentService.ts';
import { createAuditService } from '../../../src/main/services/auditService.ts';
import { createHolidayService } from '../../../src/main/services/holidays/holidayService.ts';
import { createUploadStore } from '../../../src/main/files/uploadStore.ts';
import { hashToken } from '../../../src/main/services/authService.ts';
import { caseCreateInput } from '../../../src/shared/schemas/dispute.ts';
import type { z } from 'zod';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

/** 2026-03-02 10:00 in Nanjing, a Monday. */
export const KIT_NOW = '2026-03-02T02:00:00.000Z';
export const ACTOR = '王调解';

/** Valid numbers (checked with the shared validators): a man born 1980-01-01, a woman born 1990-05-15. */
export const ID_MAN = '320113198001010015';
export const ID_WOMAN = '320113199005150028';
/** A man born 1955-03-20 (elderly), a child born 2015-06-01 (check character X), a man born 1975-11-11. */
export const ID_ELDER = '320113195503200034';
export const ID_CHILD = '32011320150601004X';
export const ID_OTHER = '320113197511110054';
/** A valid 统一社会信用代码. */
export const CREDIT_CODE = '91320113MA1N2B3C4T';

/** The case-lifecycle services over a real, migrated SQLite file in a temp dir; no mocks. */
/** The session a kit's uploads belong to (services take the token; the store keys on its hash). */
export const KIT_SESSION = 'kit-session-token';

export function servicesFor(deps: ServiceDeps) {
  const uploads = createUploadStore(deps.dataDir);
  return {
    uploads,
    /** Receives bytes as a transport would and returns the upload id for `attachments.add`. */
    upload: async (bytes: Uint8Array): Promise<string> =>
      (await uploads.receive([bytes], hashToken(KIT_SESSION))).uploadId,
    cases: createCaseService(deps),
    triage: createTriageService(deps),
    parties: createPartyService(deps),
    mediators: createMediatorService(deps),
    sessions: createSessionService(deps),
    agreements: createAgreementService(deps),
    followUps: createFollowUpService(deps),
    deadlines: createDeadlineService(deps),
    attachments: createAttachmentService(deps, uploads),
    holidays: createHolidayService(deps, createAuditService(deps)),
  };
}

export interface CaseKit {
  readonly dataDir: string;
  readonly file: string;
  readonly opened: OpenedDatabase;
  readonly deps: ServiceDeps;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly s: ReturnType<typeof servicesFor>;
  close(): Promise<void>;
}

export async function openCaseKit(
  options: { readonly level?: 'village' | 'town' | 'district' } = {},
): Promise<CaseKit> {
  const dataDir = makeTempDir('mediation-cases-');
  const file = path.join(dataDir, 'mediation-desk.db');
  const clock = fixedClock(KIT_NOW);
  const opened = openDatabase(file);
  await migrateDatabase(opened, {
    migrations,
    backupDir: path.join(dataDir, 'backups'),
    clock,
    logger: silentLogger,
  });
  const deps: ServiceDeps = {
    db: opened.db,
    clock,
    newId: randomUUID,
    inTransaction: createTransactionRunner(opened.sqlite, opened.db),
    dataDir,
    refreshSearchIndex: createSearchIndexer(opened.sqlite),
  };
  await insertOrganisation(opened.db, {
    uuid: randomUUID(),
    name: '南京市栖霞区尧化街道人民调解委员会',
    kind: 'committee',
    level: options.level ?? 'town',
    regionCode: '320113',
    abbreviation: '栖尧',
    sealName: '南京市栖霞区尧化街道人民调解委员会',
    isHome: true,
    now: KIT_NOW,
  });
  return {
    dataDir,
    file,
    opened,
    deps,
    clock,
    s: servicesFor(deps),
    async close() {
      await closeDatabase(opened);
      removeTempDir(dataDir);
    },
  };
}

type CreateInput = z.input<typeof caseCreateInput>;

/** A neighbour dispute with an applicant and a respondent, ready to be accepted. */
export function neighbourCase(overrides: Partial<CreateInput> = {}): CreateInput {
  return {
    title: '张建国与李卫东邻里纠纷',
    summary: '楼上漏水导致楼下天花板受损，双方就赔偿金额争执不下。',
    disputeType: 'neighbourhood',
    source: 'party_application',
    place: { street: '尧化街道', community: '尧化门社区' },
    parties: [
      { role: 'applicant', name: '张建国', idNumber: ID_MAN, contacts: [{ value: '13812345678' }] },
      { role: 'respondent', name: '李卫东', contacts: [{ value: '13987654321' }] },
    ],
    ...overrides,
  };
}

export async function registerCase(kit: CaseKit, overrides: Partial<CreateInput> = {}) {
  return kit.s.cases.create(caseCreateInput.parse(neighbourCase(overrides)), ACTOR);
}
