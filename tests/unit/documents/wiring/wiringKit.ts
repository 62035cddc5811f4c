import { createCore, type Core } from '../../../../src/main/core/createCore.ts';
import { fixedClock } from '../../../../src/main/core/clock.ts';
import { silentLogger } from '../../../../src/main/core/logger.ts';
import type { OfficeCandidates } from '../../../../src/main/services/documents/officeProbe.ts';
import type { CaseDetail } from '../../../../src/shared/types/dispute.ts';
import { mustCall, setUpAsAdmin } from '../../../helpers/testCore.ts';
import { OFFICE_PATHS, TEMPLATES_DIR } from '../helpers/documentTestKit.ts';

export const WIRING_NOW = '2026-03-02T02:00:00.000Z';
/** A valid resident ID (checked by the shared validator). */
export const ID_MAN = '320113198001010015';

export const NO_OFFICE: OfficeCandidates = { soffice: [], pdfunite: [], pdfinfo: [] };
export const WITH_OFFICE: OfficeCandidates = {
  soffice: [OFFICE_PATHS.soffice],
  pdfunite: [OFFICE_PATHS.pdfunite],
  pdfinfo: [OFFICE_PATHS.pdfinfo],
};

/** A real core over a real SQLite file, with the repository's templates and chosen office tools. */
export async function openDocumentCore(dataDir: string, office: OfficeCandidates = NO_OFFICE): Promise<Core> {
  return createCore({
    dataDir,
    version: '0.0.0-test',
    clock: fixedClock(WIRING_NOW),
    logger: silentLogger,
    autoBackup: false,
    exportSender: { autoRun: false },
    templatesDir: TEMPLATES_DIR,
    officeCandidates: office,
  });
}

export { setUpAsAdmin };

/** Registers a neighbour dispute: 张建国 (with a full ID number) against 李卫东. */
export function registerCase(core: Core, token: string): Promise<CaseDetail> {
  return mustCall(
    core,
    'case.create',
    {
      title: '张建国与李卫东邻里纠纷',
      summary: '楼上漏水导致楼下天花板受损，双方就赔偿金额争执不下。',
      disputeType: 'neighbourhood',
      source: 'party_application',
      requests: ['赔偿漏水损失'],
      registrar: '刘记录',
      place: { street: '尧化街道', community: '尧化门社区', address: '尧化街道尧化门社区12栋3单元401' },
      parties: [
        {
          role: 'applicant',
          name: '张建国',
          idNumber: ID_MAN,
          address: '南京市栖霞区尧化门社区12栋401',
          contacts: [{ value: '13812345678' }],
        },
        {
          role: 'respondent',
          name: '李卫东',
          address: '南京市栖霞区尧化门社区12栋501',
          contacts: [{ value: '13987654321' }],
        },
      ],
    },
    token,
  );
}

/** 受理 → 指派调解员 → 调解 → 书面协议, all through the API as the screens do it. */
export async function caseWithAgreement(
  core: Core,
  token: string,
  overrides: { readonly facts?: string } = {},
): Promise<CaseDetail> {
  const registered = await registerCase(core, token);
  let c = await mustCall(
    core,
    'case.accept',
    {
      caseId: registered.id,
      expectedVersion: registered.version,
      acceptedOn: '2026-03-02',
      consentMode: 'all_parties_consented',
    },
    token,
  );
  const mediator = await mustCall(
    core,
    'mediator.create',
    { name: '陈调解', employment: 'full_time' },
    token,
  );
  c = await mustCall(
    core,
    'case.assign',
    { caseId: c.id, expectedVersion: c.version, mediatorId: mediator.id, role: 'lead', mode: 'designated' },
    token,
  );
  const applicant = c.parties.find((party) => party.role === 'applicant')!;
  const respondent = c.parties.find((party) => party.role === 'respondent')!;
  c = await mustCall(
    core,
    'session.record',
    {
      caseId: c.id,
      expectedVersion: c.version,
      kind: 'mediation',
      startAt: '2026-03-02T09:30',
      place: '尧化街道人民调解委员会调解室',
      mediatorIds: [mediator.id],
      recorder: '刘记录',
      partyIdsPresent: [applicant.id, respondent.id],
      rightsNoticeGivenAtStart: true,
      transcript: '调解员：请双方陈述。\n张建国：楼上漏水，要求赔偿。\n李卫东：同意赔偿。',
      result: '达成协议',
    },
    token,
  );
  return mustCall(
    core,
    'agreement.record',
    {
      caseId: c.id,
      expectedVersion: c.version,
      form: 'written',
      concludedOn: '2026-03-02',
      effectiveOn: '2026-03-02',
      facts: overrides.facts ?? '2026年2月，李卫东家卫生间漏水，致张建国家天花板受损。',
      obligations: [
        {
          obligorId: respondent.id,
          obligeeId: applicant.id,
          content: '向申请人张建国支付房屋漏水损失赔偿款',
          amountFen: 3_560_000,
          dueDate: '2026-03-10',
          manner: '银行转账',
        },
      ],
      otherClauses: ['双方就本纠纷再无其他争议'],
    },
    token,
  );
}
