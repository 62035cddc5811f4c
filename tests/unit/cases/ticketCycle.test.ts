/**
 * Issue 15: the 接单—核单—派单—办单—交单—评单 cycle as a centre runs it, through the API on real
 * database files: mediators who log in, 待指派, 退单, replies to the referrer, performance without
 * obligations, holidays that stay current, and the small wrong messages.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import type { InputOf } from '../../../src/shared/api/contract.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';
import { caseNoLabel } from '../../../src/shared/cases/caseNoLabel.ts';
import { evaluateCaseAction } from '../../../src/shared/cases/caseStateMachine.ts';
import { refusalNoticeValues } from '../../../src/main/documents/mapping/intakeValues.ts';
import { loadCityRecord } from '../../../src/main/db/queries/cityRecords.ts';
import { closeDatabase, openDatabase } from '../../../src/main/db/connection.ts';
import { createTransactionRunner } from '../../../src/main/db/transactions.ts';
import { createCaseService } from '../../../src/main/services/caseService.ts';
import type { ServiceDeps } from '../../../src/main/services/serviceDeps.ts';
import { randomUUID } from 'node:crypto';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { ADMIN, callApi, dbFile, loginAs, mustCall, setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';

const ID_NUMBER = '11010519491231002X';
const MOBILE = '13912345678';

let dir: string;
let core: Core;
let admin: string;
let clock: ReturnType<typeof fixedClock>;

async function open(now: string): Promise<void> {
  clock = fixedClock(now);
  core = await createCore({
    dataDir: dir,
    version: '0.0.0-test',
    clock,
    logger: silentLogger,
    autoBackup: false,
  });
}

/** Closes the core and opens the same file at another time, logged in again. */
async function reopen(now: string): Promise<void> {
  await core.close();
  await open(now);
  admin = (await mustCall(core, 'auth.login', { username: ADMIN.username, password: ADMIN.password }))
    .sessionToken!;
}

beforeEach(async () => {
  dir = makeTempDir();
  await open(TEST_NOW); // 2026-11-22, a Sunday
  admin = await setUpAsAdmin(core);
});
afterEach(async () => {
  await core.close();
  removeTempDir(dir);
});

function register(overrides: Partial<InputOf<'case.create'>> = {}, token = admin): Promise<CaseDetail> {
  return mustCall(
    core,
    'case.create',
    {
      title: '张某与李某邻里漏水纠纷',
      summary: '楼上漏水。',
      parties: [
        {
          role: 'applicant',
          name: '张三',
          idType: 'resident_id',
          idNumber: ID_NUMBER,
          contacts: [{ kind: 'mobile', value: MOBILE }],
        },
        { role: 'respondent', name: '李四' },
      ],
      ...overrides,
    },
    token,
  );
}

async function accept(c: CaseDetail, acceptedOn = '2026-11-22', token = admin): Promise<CaseDetail> {
  return mustCall(
    core,
    'case.accept',
    { caseId: c.id, expectedVersion: c.version, acceptedOn, consentMode: 'all_parties_consented' },
    token,
  );
}

/** The same file through a second connection, for read models the API does not return as such. */
async function withDeps<T>(fn: (deps: ServiceDeps) => Promise<T>): Promise<T> {
  const opened = openDatabase(dbFile(dir));
  try {
    return await fn({
      db: opened.db,
      clock,
      newId: randomUUID,
      inTransaction: createTransactionRunner(opened.sqlite, opened.db),
      dataDir: dir,
      refreshSearchIndex: () => 0,
    });
  } finally {
    await closeDatabase(opened);
  }
}

const documentData = (caseId: string) => withDeps((deps) => createCaseService(deps).documentData(caseId));

async function timeline(c: CaseDetail): Promise<string[]> {
  return (await mustCall(core, 'case.timeline', { caseId: c.id }, admin)).map((e) => e.summary);
}

describe('1. mediators who log in', () => {
  test('the login for a roster entry is created and linked in one step, and sees its case', async () => {
    const zhang = await mustCall(core, 'mediator.create', { name: '张德明', employment: 'full_time' }, admin);
    const account = await mustCall(
      core,
      'user.create',
      {
        username: 'zhangdm',
        displayName: '张德明',
        role: 'mediator',
        password: 'Initial123',
        mediatorId: zhang.id,
      },
      admin,
    );
    expect(account).toMatchObject({ mediatorId: zhang.id, mediatorName: '张德明' });
    const again = await callApi(
      core,
      'user.create',
      {
        username: 'zhang2',
        displayName: '张德明',
        role: 'mediator',
        password: 'Initial123',
        mediatorId: zhang.id,
      },
      admin,
    );
    expect(again.ok || again.error).toMatchObject({ code: 'CONFLICT' });
    expect(again.ok || again.error.message).toContain('zhangdm');

    const c = await accept(await register());
    await mustCall(
      core,
      'case.assign',
      { caseId: c.id, expectedVersion: c.version, mediatorId: zhang.id },
      admin,
    );
    const login = await mustCall(core, 'auth.login', { username: 'zhangdm', password: 'Initial123' });
    await mustCall(
      core,
      'auth.changePassword',
      { currentPassword: 'Initial123', newPassword: 'Changed456' },
      login.sessionToken,
    );
    const token = login.sessionToken!;
    expect((await mustCall(core, 'case.list', {}, token)).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await mustCall(core, 'case.get', { id: c.id }, token)).title).toBe('张某与李某邻里漏水纠纷');
    expect((await mustCall(core, 'workQueue.get', {}, token)).accountNotLinked).toBe(false);
  });

  test('an unlinked 调解员 account is told so on its 工作台', async () => {
    const token = await loginAs(core, admin, 'mediator', 'nolink');
    expect((await mustCall(core, 'workQueue.get', {}, token)).accountNotLinked).toBe(true);
  });
});

describe('2. 待指派: who acts next after 受理', () => {
  test('a 受理员 accepts; the case waits on the 审核员 工作台 and says who assigns', async () => {
    const intake = await loginAs(core, admin, 'intake', 'window');
    const reviewer = await loginAs(core, admin, 'reviewer', 'sfs');
    const c = await accept(await register({}, intake), '2026-11-22', intake);
    expect(c.nextStep.step).toBe('派单');
    expect(c.nextStep.text).toContain('审核员');
    expect((await mustCall(core, 'workQueue.get', {}, intake)).unassigned).toBeNull();
    const queue = await mustCall(core, 'workQueue.get', {}, reviewer);
    expect(queue.unassigned).toMatchObject({ count: 1, items: [{ caseId: c.id, dueDate: c.dueDate }] });
    // The guard that disables 安排调解 on the case page names who assigns.
    const guard = evaluateCaseAction(c.status, 'schedule_session', { activeMediatorCount: 0 });
    expect(guard.allowed || guard.message).toMatch(
      /需要先指派调解员（派单由调解员、审核员（司法所）或管理员办理）/,
    );
    const m = await mustCall(core, 'mediator.create', { name: '陈调解', employment: 'full_time' }, reviewer);
    const assigned = await mustCall(
      core,
      'case.assign',
      { caseId: c.id, expectedVersion: c.version, mediatorId: m.id },
      reviewer,
    );
    expect(assigned.nextStep.step).toBe('办单');
    expect((await mustCall(core, 'workQueue.get', {}, reviewer)).unassigned).toMatchObject({
      count: 0,
      items: [],
    });
  });
});

describe('3. 退单', () => {
  test('a returned transfer goes back to 待指派 with its reason, and is assigned and handled again', async () => {
    const m = await mustCall(core, 'mediator.create', { name: '陈调解', employment: 'full_time' }, admin);
    let c = await accept(await register());
    c = await mustCall(
      core,
      'case.assign',
      { caseId: c.id, expectedVersion: c.version, mediatorId: m.id },
      admin,
    );
    c = await mustCall(
      core,
      'case.transfer',
      {
        caseId: c.id,
        expectedVersion: c.version,
        targetKind: 'police',
        targetName: '尧化派出所',
        reason: '涉及治安',
        transferredOn: '2026-11-22',
      },
      admin,
    );
    expect(c.status).toBe('transferred');
    const transferId = c.transfers[0]!.id;
    const noReason = await callApi(
      core,
      'case.transferFeedback',
      { caseId: c.id, expectedVersion: c.version, transferId, feedbackOn: '2026-11-22', result: 'returned' },
      admin,
    );
    expect(noReason.ok || noReason.error).toMatchObject({ code: 'INVALID_INPUT' });
    c = await mustCall(
      core,
      'case.transferFeedback',
      {
        caseId: c.id,
        expectedVersion: c.version,
        transferId,
        feedbackOn: '2026-11-22',
        result: 'returned',
        note: '不属于治安案件，退回调解',
      },
      admin,
    );
    expect(c.status).toBe('accepted');
    expect(c.assignments.filter((a) => a.endedAt === null)).toHaveLength(0);
    expect(c.nextStep.step).toBe('派单');
    expect((await timeline(c)).join('\n')).toContain(
      '尧化派出所退回（接收方退单）：不属于治安案件，退回调解',
    );
    expect((await mustCall(core, 'workQueue.get', {}, admin)).unassigned?.items.map((i) => i.caseId)).toEqual(
      [c.id],
    );
    c = await mustCall(
      core,
      'case.assign',
      { caseId: c.id, expectedVersion: c.version, mediatorId: m.id },
      admin,
    );
    expect(c.assignments.filter((a) => a.endedAt === null)).toHaveLength(1);
  });

  test('an escalation the level above sends back down is handled here again, and says so', async () => {
    const district = await mustCall(
      core,
      'org.create',
      {
        name: '南京市栖霞区矛盾纠纷多元化解中心',
        kind: 'centre',
        level: 'district',
        regionCode: '320113',
        abbreviation: '栖霞',
      },
      admin,
    );
    let c = await accept(await register());
    c = await mustCall(
      core,
      'case.transfer',
      {
        caseId: c.id,
        expectedVersion: c.version,
        targetKind: 'organisation',
        targetOrganisationId: district.id,
        reason: '跨街道纠纷',
        transferredOn: '2026-11-22',
      },
      admin,
    );
    expect(c.transfers[0]!.isEscalation).toBe(true);
    c = await mustCall(
      core,
      'case.transferFeedback',
      {
        caseId: c.id,
        expectedVersion: c.version,
        transferId: c.transfers[0]!.id,
        feedbackOn: '2026-11-22',
        result: 'returned',
        note: '属本街道辖区，发回属地化解',
      },
      admin,
    );
    expect(c.status).toBe('accepted');
    expect((await timeline(c)).join('\n')).toContain('（上级发回本级处理）：属本街道辖区，发回属地化解');
  });

  test('a case transferred before 受理 comes back to 待受理', async () => {
    let c = await register();
    c = await mustCall(
      core,
      'case.transfer',
      {
        caseId: c.id,
        expectedVersion: c.version,
        targetKind: 'court',
        targetName: '栖霞区人民法院',
        reason: '当事人已起诉',
        transferredOn: '2026-11-22',
      },
      admin,
    );
    c = await mustCall(
      core,
      'case.transferFeedback',
      {
        caseId: c.id,
        expectedVersion: c.version,
        transferId: c.transfers[0]!.id,
        feedbackOn: '2026-11-22',
        result: 'returned',
        note: '当事人已撤诉',
      },
      admin,
    );
    expect(c.status).toBe('registered');
    expect(c.caseNo).toBeNull();
  });
});

describe('4. 交单: replies to the referrer', () => {
  const hotline = { source: 'hotline_transfer', referralReceivedOn: '2026-11-09' } as const;

  test('a 12345 case owes a reply in 5 working days; overdue on the 工作台 and in deadline.list until the final reply', async () => {
    let c = await accept(await register(hotline));
    // Received Monday 11-09: five working days later is Monday 11-16, before today (11-22).
    expect(c.replyDueOn).toBe('2026-11-16');
    let queue = await mustCall(core, 'workQueue.get', {}, admin);
    expect(queue.replies).toMatchObject({
      overdueCount: 1,
      items: [{ kind: 'reply', caseId: c.id, daysLeft: -6 }],
    });
    const lists = await mustCall(core, 'deadline.list', { section: 'overdue', withinDays: 7 }, admin);
    expect(lists.byKind.reply).toBe(1);
    expect(lists.items.filter((i) => i.kind === 'reply').map((i) => i.caseId)).toEqual([c.id]);
    const dashboard = await mustCall(core, 'dashboard.get', {}, admin);
    expect(dashboard.overdue.items.filter((i) => i.kind === 'reply').map((i) => i.caseId)).toEqual([c.id]);

    c = await mustCall(
      core,
      'reply.record',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind: 'interim',
        repliedOn: '2026-11-22',
        channel: 'platform',
        recipient: '12345热线',
        content: '已受理，正在调解。',
        result: 'in_progress',
      },
      admin,
    );
    expect((await mustCall(core, 'workQueue.get', {}, admin)).replies.overdueCount).toBe(1);
    c = await mustCall(
      core,
      'reply.record',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind: 'final',
        repliedOn: '2026-11-22',
        channel: 'platform',
        recipient: '12345热线',
        content: '双方达成和解。',
        result: 'resolved',
      },
      admin,
    );
    expect(c.replyFinalOn).toBe('2026-11-22');
    expect(c.replies.map((r) => r.kind)).toEqual(['interim', 'final']);
    queue = await mustCall(core, 'workQueue.get', {}, admin);
    expect(queue.replies).toMatchObject({ overdueCount: 0, dueSoonCount: 0, items: [] });
    expect((await timeline(c)).join('\n')).toContain(
      '向12345热线办结答复（工单系统/平台回复，2026-11-22）：已化解。双方达成和解。',
    );

    const data = await documentData(c.id);
    expect(data.case.referralReplies?.map((r) => [r.kind, r.result])).toEqual([
      ['阶段性答复', '正在办理'],
      ['办结答复', '已化解'],
    ]);
    const raw = new BetterSqlite3(dbFile(dir), { readonly: true });
    const rowId = (raw.prepare('SELECT id FROM dispute_case WHERE uuid = ?').get(c.id) as { id: number }).id;
    raw.close();
    const record = await withDeps((deps) => loadCityRecord(deps.db, rowId));
    expect(record.replies.map((r) => [r.kind, r.repliedOn, r.result])).toEqual([
      ['interim', '2026-11-22', 'in_progress'],
      ['final', '2026-11-22', 'resolved'],
    ]);
  });

  test('the administrator sets the period per source; open cases move and say so', async () => {
    const c = await register(hotline);
    expect(c.replyDueOn).toBe('2026-11-16');
    const walkIn = await register({ source: 'party_application' });
    expect(walkIn.replyDueOn).toBeNull();
    const refused = await callApi(
      core,
      'reply.setRules',
      { rules: { hotline_transfer: { days: 0, unit: 'working' } } },
      admin,
    );
    expect(refused.ok || refused.error).toMatchObject({ code: 'INVALID_INPUT' });
    await mustCall(
      core,
      'reply.setRules',
      { rules: { hotline_transfer: { days: 10, unit: 'calendar' } } },
      admin,
    );
    const moved = await mustCall(core, 'case.get', { id: c.id }, admin);
    expect(moved.replyDueOn).toBe('2026-11-19');
    expect((await timeline(c)).join('\n')).toContain(
      '答复时限设置调整：答复期限由 2026-11-16 改为 2026-11-19',
    );
    // A source given a period later: its open cases now owe a reply too.
    await mustCall(
      core,
      'reply.setRules',
      {
        rules: {
          hotline_transfer: { days: 10, unit: 'calendar' },
          party_application: { days: 3, unit: 'working' },
        },
      },
      admin,
    );
    expect((await mustCall(core, 'case.get', { id: walkIn.id }, admin)).replyDueOn).toBe('2026-11-25');
    expect((await timeline(walkIn)).join('\n')).toContain('答复期限由 无 改为 2026-11-25');
    const audit = await mustCall(core, 'audit.list', { method: 'reply.setRules' }, admin);
    expect(audit.rows.map((r) => JSON.stringify(r.detail)).join()).toContain('2026-11-19');
  });
});

describe('5. performance without obligations', () => {
  test('an oral agreement performed on the spot is 履行完毕, counted by 履行数 and printed', async () => {
    const m = await mustCall(core, 'mediator.create', { name: '陈调解', employment: 'full_time' }, admin);
    let c = await accept(await register());
    c = await mustCall(
      core,
      'case.assign',
      { caseId: c.id, expectedVersion: c.version, mediatorId: m.id },
      admin,
    );
    c = await mustCall(
      core,
      'session.record',
      {
        caseId: c.id,
        expectedVersion: c.version,
        kind: 'mediation',
        startAt: '2026-11-22T09:00',
        place: '调解室',
        mediatorIds: [m.id],
        recorder: '刘记录',
        partyIdsPresent: c.parties.map((p) => p.id),
        rightsNoticeGivenAtStart: true,
        transcript: '双方当场和解。',
        result: '达成口头协议',
      } as InputOf<'session.record'>,
      admin,
    );
    c = await mustCall(
      core,
      'agreement.record',
      {
        caseId: c.id,
        expectedVersion: c.version,
        form: 'oral',
        concludedOn: '2026-11-22',
        oralContent: '李四当场向张三赔礼道歉并修好水管。',
      } as InputOf<'agreement.record'>,
      admin,
    );
    expect(c.status).toBe('agreed');
    const late = await callApi(
      core,
      'performance.whole',
      { caseId: c.id, expectedVersion: c.version, mode: 'on_the_spot', performedOn: '2026-11-21' },
      admin,
    );
    expect(late.ok || late.error).toMatchObject({ code: 'INVALID_INPUT' });
    c = await mustCall(
      core,
      'performance.whole',
      {
        caseId: c.id,
        expectedVersion: c.version,
        mode: 'on_the_spot',
        performedOn: '2026-11-22',
        how: '当场赔礼道歉，修好水管',
      },
      admin,
    );
    expect(c.status).toBe('performed');
    expect(c.agreement?.wholePerformance).toEqual({
      mode: 'on_the_spot',
      performedOn: '2026-11-22',
      how: '当场赔礼道歉，修好水管',
    });
    const performed = await mustCall(
      core,
      'stats.cases',
      { period: 'month', year: 2026, month: 11, column: 'performed' },
      admin,
    );
    expect(performed.rows.map((r) => r.id)).toEqual([c.id]);
    const data = await documentData(c.id);
    expect(data.case.performanceStatus).toBe('已履行');
    expect(data.case.performanceNote).toBe('当场履行（2026年11月22日），当场赔礼道歉，修好水管');
  });
});

describe('8. holidays that stay current', () => {
  test('accepted 2026-12-02 + 30 days falls on 元旦 2027 and moves to the next working day', async () => {
    await reopen('2026-12-02T02:00:00.000Z');
    const years = await mustCall(core, 'holidayYear.list', {}, admin);
    expect(years.find((y) => y.year === 2027)).toMatchObject({ status: 'provisional' });
    expect((await mustCall(core, 'holiday.list', { year: 2027 }, admin)).map((d) => d.date)).toEqual(
      expect.arrayContaining([
        '2027-01-01',
        '2027-02-05',
        '2027-02-06',
        '2027-04-05',
        '2027-06-09',
        '2027-09-15',
      ]),
    );
    const c = await accept(await register(), '2026-12-02');
    expect(c.dueDate).toBe('2027-01-04');
    expect((await mustCall(core, 'workQueue.get', {}, admin)).holidayWarning).toContain(
      '2027年节假日表尚未确认',
    );
  });

  test('a table entered later moves the stored due dates, in each timeline and the audit log', async () => {
    await reopen('2026-12-02T02:00:00.000Z');
    // A file from before this program shipped provisional years: no 2027 table when the case was accepted.
    const raw = new BetterSqlite3(dbFile(dir));
    raw.exec(`DELETE FROM holiday WHERE date >= '2027'; DELETE FROM holiday_year WHERE year >= 2027`);
    raw.close();
    const c = await accept(await register(), '2026-12-02');
    expect(c.dueDate).toBe('2027-01-01'); // weekends only: 元旦 not known

    await reopen('2026-12-02T02:00:00.000Z'); // the program fills 2027 (暂定) and corrects the case
    expect((await mustCall(core, 'case.get', { id: c.id }, admin)).dueDate).toBe('2027-01-04');
    expect((await timeline(c)).join('\n')).toContain(
      '节假日表新增2027年、2028年法定节假日（暂定）：调解期限由 2027-01-01 改为 2027-01-04',
    );
    const provisional = await mustCall(core, 'audit.list', { method: 'holiday.provisional' }, admin);
    expect(JSON.stringify(provisional.rows[0]!.detail)).toContain('2027-01-04');

    // The administrator enters the State Council notice: 1–3 January off, 4 January too (say).
    const entered = await mustCall(
      core,
      'holiday.setYear',
      {
        year: 2027,
        holidays: ['01', '02', '03', '04'].map((d) => ({ date: `2027-01-${d}`, name: '元旦' })),
        workdays: [],
      },
      admin,
    );
    expect(entered).toHaveLength(4);
    const moved = await mustCall(core, 'case.get', { id: c.id }, admin);
    expect(moved.dueDate).toBe('2027-01-05');
    expect((await timeline(c)).at(-1)).toContain('调解期限由 2027-01-04 改为 2027-01-05');
    const audit = await mustCall(core, 'audit.list', { method: 'holiday.setYear' }, admin);
    expect(JSON.stringify(audit.rows[0]!.detail)).toContain('2027-01-05');
    expect((await mustCall(core, 'holidayYear.list', {}, admin)).find((y) => y.year === 2027)).toMatchObject({
      status: 'confirmed',
    });
    expect((await mustCall(core, 'workQueue.get', {}, admin)).holidayWarning).toBeNull();
  });

  test('before November only an unconfirmed current year warns', async () => {
    await reopen('2026-06-01T02:00:00.000Z');
    expect((await mustCall(core, 'workQueue.get', {}, admin)).holidayWarning).toBeNull();
  });
});

describe('9. small wrong messages, each at its mechanism', () => {
  test('after a refusal an accepted case can only be terminated, and says so', async () => {
    const c = await accept(await register());
    const refused = await mustCall(
      core,
      'party.recordRefusal',
      {
        caseId: c.id,
        expectedVersion: c.version,
        partyId: c.parties[1]!.id,
        refusedOn: '2026-11-22',
      } as InputOf<'party.recordRefusal'>,
      admin,
    );
    const m = await mustCall(core, 'mediator.create', { name: '陈调解', employment: 'full_time' }, admin);
    const result = await callApi(
      core,
      'case.assign',
      { caseId: c.id, expectedVersion: refused.version, mediatorId: m.id },
      admin,
    );
    expect(result.ok || result.error.message).toContain('只能终止调解');
    expect(result.ok || result.error.message).not.toContain('不予受理');
  });

  test('a voided case does not read as 待受理', () => {
    expect(caseNoLabel(null, 'voided')).toBe('未编号（已作废）');
    expect(caseNoLabel(null, 'registered')).toBe('待受理');
    expect(caseNoLabel('（2026）栖尧人调字第1号', 'voided')).toBe('（2026）栖尧人调字第1号');
  });

  test('the 不予受理告知书 of a 网格员 report without parties is addressed to the reporter', async () => {
    let c = await register({ source: 'grid_report', reporterName: '网格员王芳', parties: [] });
    c = await mustCall(
      core,
      'case.reject',
      {
        caseId: c.id,
        expectedVersion: c.version,
        rejectedOn: '2026-11-22',
        reasonCode: 'not_civil_dispute',
        channels: ['administrative'],
      } as InputOf<'case.reject'>,
      admin,
    );
    const data = await documentData(c.id);
    expect(data.refusal?.recipients).toEqual(['网格员王芳']);
    expect(refusalNoticeValues(data)['recipients']).toBe('网格员王芳');
  });

  test('case.update with the masked reporter phone that case.get returned keeps the stored number', async () => {
    const c = await register({ source: 'grid_report', reporterName: '网格员王芳', reporterPhone: MOBILE });
    const shown = await mustCall(core, 'case.get', { id: c.id }, admin);
    expect(shown.reporterPhone).toContain('*');
    await mustCall(
      core,
      'case.update',
      {
        caseId: c.id,
        expectedVersion: shown.version,
        fields: { reporterPhone: shown.reporterPhone!, title: '改名' },
      },
      admin,
    );
    const raw = new BetterSqlite3(dbFile(dir), { readonly: true });
    expect(raw.prepare('SELECT reporter_phone FROM dispute_case').get()).toEqual({ reporter_phone: MOBILE });
    raw.close();
  });

  test('party.update with the masked ID and phone that case.get returned keeps the stored values', async () => {
    const c = await register();
    const shown = await mustCall(core, 'case.get', { id: c.id }, admin);
    const party = shown.parties[0]!;
    expect(party.contacts[0]!.value).toContain('*');
    const result = await callApi(
      core,
      'party.update',
      {
        caseId: c.id,
        expectedVersion: shown.version,
        partyId: party.id,
        party: {
          role: 'applicant',
          name: '张三丰',
          idType: 'resident_id',
          idNumber: party.idNumber ?? undefined,
          contacts: party.contacts.map((k) => ({ kind: k.kind, value: k.value })),
        },
      } as InputOf<'party.update'>,
      admin,
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const raw = new BetterSqlite3(dbFile(dir), { readonly: true });
    expect(raw.prepare("SELECT name, id_number FROM party WHERE name = '张三丰'").get()).toEqual({
      name: '张三丰',
      id_number: ID_NUMBER,
    });
    expect(raw.prepare('SELECT value FROM party_contact').all()).toEqual([{ value: MOBILE }]);
    raw.close();
  });
});
