import { createCore, type Core, type CoreOptions } from '../../../src/main/core/createCore.ts';
import type { fixedClock } from '../../../src/main/core/clock.ts';
import { createLogger, silentLogger } from '../../../src/main/core/logger.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import { mustCall, setUpAsAdmin } from '../../helpers/testCore.ts';

export const EXPORT_NOW = '2026-03-02T02:00:00.000Z';
/** A valid resident ID (checked by the shared validator). */
export const ID_MAN = '320113198001010015';
export const PHONE = '13812345678';

export type TestClock = ReturnType<typeof fixedClock>;

/** A real core over a real SQLite file; the sender only runs when the test says so. */
export async function openExportCore(
  dataDir: string,
  clock: TestClock,
  exportSender: CoreOptions['exportSender'] = {},
): Promise<Core> {
  return createCore({
    dataDir,
    version: '0.0.0-test',
    clock,
    // EXPORT_DEBUG=1 shows what the core logs (stack traces of INTERNAL errors).
    logger: process.env.EXPORT_DEBUG ? createLogger({ echo: true }) : silentLogger,
    autoBackup: false,
    exportSender: { random: () => 0.5, autoRun: false, ...exportSender },
  });
}

export async function setUp(core: Core): Promise<string> {
  return setUpAsAdmin(core);
}

/** Registers a neighbour dispute with a party who has a full ID number and a phone. */
export async function registerCase(
  core: Core,
  token: string,
  title = '张建国与李卫东邻里纠纷',
): Promise<CaseDetail> {
  return mustCall(
    core,
    'case.create',
    {
      title,
      summary: '楼上漏水导致楼下天花板受损，双方就赔偿金额争执不下。',
      disputeType: 'neighbourhood',
      source: 'party_application',
      place: { street: '尧化街道', community: '尧化门社区', address: '尧化街道尧化门社区12栋3单元401' },
      parties: [
        { role: 'applicant', name: '张建国', idNumber: ID_MAN, contacts: [{ value: PHONE }] },
        { role: 'respondent', name: '李卫东', contacts: [{ value: '13987654321' }] },
      ],
    },
    token,
  );
}

/** 受理 → 终止调解 → 结案: one change for each default trigger. */
export async function acceptTerminateClose(core: Core, token: string, c: CaseDetail): Promise<CaseDetail> {
  let detail = await mustCall(
    core,
    'case.accept',
    {
      caseId: c.id,
      expectedVersion: c.version,
      acceptedOn: '2026-03-02',
      consentMode: 'all_parties_consented',
    },
    token,
  );
  detail = await mustCall(
    core,
    'case.terminate',
    {
      caseId: c.id,
      expectedVersion: detail.version,
      terminatedOn: '2026-03-02',
      reasonCode: 'mediation_failed',
      channels: ['litigation'],
    },
    token,
  );
  return mustCall(
    core,
    'case.close',
    { caseId: c.id, expectedVersion: detail.version, closedOn: '2026-03-02' },
    token,
  );
}
