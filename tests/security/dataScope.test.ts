import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CASE_DATA_SCOPE, caseIdOf } from '../../src/main/api/caseScope.ts';
import { contract, METHOD_NAMES, type MethodName } from '../../src/shared/api/contract.ts';
import { roleHasPermission } from '../../src/shared/api/roles.ts';
import type { CaseDetail } from '../../src/shared/types/dispute.ts';
import { openSecurityHost, valueOf } from './dataHostFixture.ts';
import { buildScopeWorld, ID_SECRET, ID_SHARED, replyText, type ScopeWorld } from './dataScopeFixture.ts';

/**
 * Issue 13, item 3, as the attack that found it, generalised: a scoped 调解员 calls EVERY method of the
 * contract over HTTP on a file where another mediator's case exists, and no reply — values, error
 * messages, details, files inside the reply — names that case (number, title, party names, uuids).
 * Methods that name a case are also called with the other case and must be refused.
 */
let w: ScopeWorld;

beforeAll(async () => {
  w = await buildScopeWorld(await openSecurityHost());
}, 120_000);
afterAll(() => w?.s.close());

type Input = (w: ScopeWorld) => Promise<unknown> | unknown;

/** A fresh case of 李's, in the state the method needs. */
async function ownCase(state: 'registered' | 'accepted' | 'assigned'): Promise<CaseDetail> {
  const call = (method: string, input: unknown) => w.s.api<CaseDetail>(method, input, w.li).then(valueOf);
  let c = await call('case.create', {
    title: '李的新案件',
    summary: '邻里噪音。',
    parties: [
      { role: 'applicant', name: '钱七' },
      { role: 'respondent', name: '孙八' },
    ],
  });
  if (state === 'registered') return c;
  c = await call('case.accept', {
    caseId: c.id,
    expectedVersion: c.version,
    acceptedOn: '2026-11-22',
    consentMode: 'all_parties_consented',
  });
  if (state === 'accepted') return c;
  return call('case.assign', { caseId: c.id, expectedVersion: c.version, mediatorId: w.m1.id });
}

const write = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });
const latest = async (id: string) => valueOf(await w.s.api<CaseDetail>('case.get', { id }, w.li));

/** A valid input for every method a 调解员 may call (the rest must be refused by permission). */
const INPUTS: Partial<Record<MethodName, Input>> = {
  'app.info': () => ({}),
  'auth.login': () => ({ username: 'li', password: 'Changed456' }),
  'auth.logout': () => ({}),
  'auth.me': () => ({}),
  'auth.changePassword': () => ({ currentPassword: 'Changed456', newPassword: 'Changed456x' }),
  'org.setup': () => ({}),
  'org.home': () => ({}),
  'org.list': () => ({}),
  'case.create': () => ({
    title: '李登记的纠纷',
    summary: '漏水。',
    parties: [{ role: 'applicant', name: '张三', idNumber: ID_SHARED }],
  }),
  'case.checkIntake': () => ({
    parties: [
      { role: 'applicant', name: '张三', idNumber: ID_SHARED },
      { role: 'respondent', name: '某人', idNumber: ID_SECRET },
    ],
  }),
  'case.list': () => ({ pageSize: 200 }),
  'case.get': (w) => ({ id: w.own.id }),
  'case.update': async (w) => ({ ...write(await latest(w.own.id)), fields: { riskNote: '注意' } }),
  'case.timeline': (w) => ({ caseId: w.own.id }),
  'case.accept': async () => ({
    ...write(await ownCase('registered')),
    acceptedOn: '2026-11-22',
    consentMode: 'all_parties_consented',
  }),
  'case.reject': async () => ({
    ...write(await ownCase('registered')),
    rejectedOn: '2026-11-22',
    reasonCode: 'party_refused',
    channels: ['litigation'],
  }),
  'case.void': async () => ({ ...write(await ownCase('registered')), reason: '重复登记作废' }),
  'case.assign': async (w) => ({
    ...write(await latest(w.own.id)),
    mediatorId: w.m1.id,
    overrideReason: '已核实，与当事人无利害关系',
  }),
  'case.recuse': async (w) => ({
    ...write(await latest(w.own.id)),
    mediatorId: w.m1.id,
    reason: '当事人申请回避',
  }),
  'case.extendDeadline': async () => {
    const c = await ownCase('assigned');
    return {
      ...write(c),
      newDueDate: '2027-01-20',
      reason: '需要鉴定',
      consents: c.parties.map((p) => ({ partyId: p.id, consentedOn: '2026-11-22', form: 'signed' })),
    };
  },
  'case.terminate': async () => ({
    ...write(await ownCase('assigned')),
    terminatedOn: '2026-11-22',
    reasonCode: 'party_refused',
    channels: ['litigation'],
  }),
  'case.transfer': async () => ({
    ...write(await ownCase('accepted')),
    targetKind: 'court',
    targetName: '栖霞区人民法院',
    reason: '涉及诉讼',
    transferredOn: '2026-11-22',
  }),
  'case.transferFeedback': async () => {
    const c = await ownCase('accepted');
    const t = valueOf(
      await w.s.api<CaseDetail>(
        'case.transfer',
        { ...write(c), targetKind: 'court', targetName: '法院', reason: '涉诉', transferredOn: '2026-11-22' },
        w.li,
      ),
    );
    return { ...write(t), transferId: t.transfers[0]!.id, feedbackOn: '2026-11-22', result: 'resolved' };
  },
  'case.close': async () => ({ ...write(await ownCase('assigned')), closedOn: '2026-11-22' }),
  'case.dossierCheck': (w) => ({ caseId: w.own.id }),
  'party.add': async (w) => ({
    ...write(await latest(w.own.id)),
    party: { role: 'third_party', name: '周九' },
  }),
  'party.update': async (w) => {
    const c = await latest(w.own.id);
    const p = c.parties.find((x) => x.name === '赵六')!;
    return {
      ...write(c),
      partyId: p.id,
      party: { role: 'respondent', name: '赵六', address: '南京市栖霞区尧化街道尧新大道1号' },
    };
  },
  'party.remove': async () => {
    const c = await ownCase('registered');
    return { ...write(c), partyId: c.parties[1]!.id };
  },
  'party.reveal': (w) => ({ caseId: w.own.id, partyId: w.own.parties[0]!.id }),
  'party.recordRefusal': async () => {
    const c = await ownCase('registered');
    return { ...write(c), partyId: c.parties[1]!.id, refusedOn: '2026-11-22' };
  },
  'party.recordRightsNotice': async (w) => {
    const c = await latest(w.own.id);
    return { ...write(c), partyIds: [c.parties[0]!.id], givenOn: '2026-11-22', form: 'written' };
  },
  'session.schedule': async () => ({
    ...write(await ownCase('assigned')),
    kind: 'mediation',
    startAt: '2026-11-22T15:00',
    place: '调解室',
    mediatorIds: [w.m1.id],
  }),
  'session.record': async () => ({
    ...write(await ownCase('assigned')),
    kind: 'investigation',
    startAt: '2026-11-22T09:00',
    place: '调解室',
    mediatorIds: [w.m1.id],
    recorder: '李调解',
    transcript: '询问情况。',
  }),
  'session.cancel': async () => {
    const c = await ownCase('assigned');
    const s = valueOf(
      await w.s.api<CaseDetail>(
        'session.schedule',
        {
          ...write(c),
          kind: 'mediation',
          startAt: '2026-11-23T09:00',
          place: '调解室',
          mediatorIds: [w.m1.id],
        },
        w.li,
      ),
    );
    return { ...write(s), sessionId: s.sessions[0]!.id };
  },
  'session.calendar': () => ({ from: '2026-11-01', to: '2026-12-31' }),
  'agreement.record': async () => {
    const c = await ownCase('assigned');
    return {
      ...write(c),
      form: 'oral',
      concludedOn: '2026-11-22',
      effectiveOn: '2026-11-22',
      oralContent: '双方和解。',
    };
  },
  'agreement.setEffective': async (w) => ({ ...write(await latest(w.own.id)), effectiveOn: '2026-11-22' }),
  'agreement.updatePerformance': async (w) => ({
    ...write(await latest(w.own.id)),
    updates: [{ obligationId: w.other.id, status: 'performed' }],
  }),
  'agreement.judicialConfirmation': async (w) => ({
    ...write(await latest(w.own.id)),
    court: '栖霞区人民法院',
  }),
  'followUp.record': async (w) => {
    const c = await latest(w.own.id);
    return {
      ...write(c),
      visitedOn: '2026-11-22',
      method: 'phone',
      visitor: '李调解',
      partyIds: [c.parties[0]!.id],
      situation: '情况稳定。',
    };
  },
  'followUp.schedule': async (w) => ({ ...write(await latest(w.own.id)), dueOn: '2026-12-01' }),
  'attachment.add': async (w) => ({
    ...write(await latest(w.own.id)),
    kind: 'other',
    title: '现场照片',
    fileName: 'photo.txt',
    uploadId: await w.s.upload(Buffer.from('照片'), w.li),
  }),
  'deadline.list': () => ({ withinDays: 90 }),
  'dashboard.get': () => ({ withinDays: 90 }),
  'holiday.list': () => ({ year: 2026 }),
  'taxonomy.subtypes': () => ({}),
  'mediator.list': () => ({}),
  'mediator.get': (w) => ({ mediatorId: w.m2.id }),
  'mediator.conflicts': (w) => ({ caseId: w.own.id, mediatorId: w.m1.id }),
  'mediator.suggest': (w) => ({ caseId: w.own.id, limit: 50 }),
  'document.templates': () => ({}),
  'document.generate': (w) => ({ caseId: w.own.id, templateId: 'registration', mode: 'draft' }),
  'document.list': (w) => ({ caseId: w.own.id }),
  'document.download': async (w) => {
    const docs = valueOf(await w.s.api<{ id: string }[]>('document.list', { caseId: w.own.id }, w.li));
    return { documentId: docs[0]?.id ?? w.other.id };
  },
  'document.blankForm': () => ({ templateId: 'registration' }),
  'document.dossier': (w) => ({ caseId: w.own.id }),
  'document.trace': (w) => ({ payload: `MDESK:1:${w.other.id}:${w.other.id}:abc` }),
  'search.cases': () => ({ q: '秘密' }),
  'stats.report': () => ({ period: 'year', year: 2026 }),
  'stats.cases': () => ({ period: 'year', year: 2026, column: 'accepted', pageSize: 200 }),
  'stats.exportReport': () => ({ period: 'year', year: 2026 }),
  'stats.addPrevention': () => ({ occurredOn: '2026-11-22', kind: 'screening', cases: 1 }),
  'stats.listPrevention': () => ({ from: '2026-01-01', to: '2026-12-31' }),
  'view.list': () => ({}),
  'view.save': () => ({ name: '我的视图', filters: { search: '秘密' } }),
  'view.delete': () => ({ id: 1 }),
  'view.exportCaseList': () => ({ filters: {} }),
  'law.list': () => ({}),
  'law.chapters': async (w) => ({ lawId: (await lawIds(w))[0] }),
  'law.articles': async (w) => ({ lawId: (await lawIds(w))[0], first: 1, last: 20 }),
  'law.search': () => ({ q: '相邻 漏水' }),
  'law.forCase': (w) => ({ caseId: w.own.id }),
  'law.topics': () => ({}),
  // 类案参考 of 李's case: the other mediator's finished cases may be precedents, never by name.
  'law.similarCases': (w) => ({ caseId: w.own.id, limit: 50 }),
  'reply.record': async () => ({
    ...write(await ownCase('accepted')),
    kind: 'interim',
    repliedOn: '2026-11-22',
    channel: 'phone',
    recipient: '12345热线',
    content: '已受理，正在调解。',
    result: 'in_progress',
  }),
  'reply.rules': () => ({}),
  'performance.whole': async () => ({
    ...write(await ownCase('assigned')),
    mode: 'on_the_spot',
    performedOn: '2026-11-22',
  }),
  'workQueue.get': () => ({}),
  'holidayYear.list': () => ({}),
};

async function lawIds(w: ScopeWorld): Promise<number[]> {
  return valueOf(await w.s.api<{ id: number }[]>('law.list', {}, w.li)).map((l) => l.id);
}

/** Calls whose valid input may still be refused on its own terms (the refusal is checked for leaks too). */
const MAY_BE_REFUSED: ReadonlySet<MethodName> = new Set([
  'org.setup',
  'case.close',
  'followUp.schedule',
  'agreement.record',
  'agreement.setEffective',
  'agreement.updatePerformance',
  'agreement.judicialConfirmation',
  'followUp.record',
  'case.recuse',
  'document.trace',
  'view.delete',
  'performance.whole', // a case without an agreement: refused, and the refusal is checked too
]);

const roleOf = (method: MethodName) => contract[method].permission;

describe('every method of the contract is covered', () => {
  test.each(METHOD_NAMES)('%s has an input or is closed to a 调解员', (method) => {
    const rule = CASE_DATA_SCOPE[method];
    expect(rule, `${method} needs a rule in CASE_DATA_SCOPE`).toBeDefined();
    if (rule === 'unscoped-roles') {
      expect(roleHasPermission('mediator', roleOf(method) as never)).toBe(false);
      expect(INPUTS[method]).toBeUndefined();
    } else if (roleOf(method) !== 'setup' && !roleHasPermission('mediator', roleOf(method) as never)) {
      // Closed by permission today (e.g. case.archive); refused below with 403 whatever the input.
    } else {
      expect(INPUTS[method], `${method} needs a valid input in INPUTS of dataScope.test.ts`).toBeDefined();
    }
  });
});

describe('as a scoped 调解员, no reply names a case outside the scope', () => {
  test.each(METHOD_NAMES.filter((m) => m !== 'auth.logout' && m !== 'auth.changePassword'))(
    '%s',
    async (method) => {
      const input = INPUTS[method] ? await INPUTS[method](w) : {};
      const reply = await w.s.api(method, input, w.li);
      const text = await replyText(reply.body);
      for (const secret of w.secrets) expect(text, `${method} leaked “${secret}”`).not.toContain(secret);
      const closed = roleOf(method) !== 'setup' && !roleHasPermission('mediator', roleOf(method) as never);
      if (closed) {
        expect([reply.status, reply.body.ok ? null : reply.body.error.code]).toEqual([
          403,
          'PERMISSION_DENIED',
        ]);
      } else if (!MAY_BE_REFUSED.has(method)) {
        expect(reply.body.ok ? 'ok' : `${reply.body.error.code} ${reply.body.error.message}`).toBe('ok');
      } else if (!reply.body.ok) {
        expect(reply.body.error.code).not.toBe('INTERNAL');
      }
      // The same input aimed at the other mediator's case (its case id replaced) is refused, and the
      // refusal names nothing of that case.
      const named = caseIdOf(method, input);
      if (CASE_DATA_SCOPE[method] === 'names-case' && !closed) {
        expect(named, `${method} is 'names-case' but its input names no case`).not.toBeNull();
      }
      if (named !== null) {
        const aimed = JSON.parse(JSON.stringify(input).split(named).join(w.other.id)) as unknown;
        const refused = await w.s.api(method, aimed, w.li);
        expect([refused.status, refused.body.ok ? null : refused.body.error.code]).toEqual([
          403,
          'PERMISSION_DENIED',
        ]);
        // The uuid the caller sent may come back in the refusal; nothing else of that case may.
        const refusal = (await replyText(refused.body)).split(w.other.id).join('');
        for (const secret of w.secrets)
          expect(refusal, `${method} on the other case leaked “${secret}”`).not.toContain(secret);
      }
    },
  );
});

describe('the findings of the attack, one by one', () => {
  const other = (w: ScopeWorld) => [w.other.caseNo!, w.other.title, '司马隐私', '欧阳秘密'];

  test('the repeat check says only that the person appears elsewhere', async () => {
    const reply = valueOf(
      await w.s.api<{ duplicates: { message: string; cases: unknown[] }[] }>(
        'case.checkIntake',
        { parties: [{ role: 'applicant', name: '某人', idNumber: ID_SECRET }] },
        w.li,
      ),
    );
    expect(reply.duplicates).toHaveLength(1);
    expect(reply.duplicates[0]!.message).toContain('此人在其他案件中出现过');
    expect(reply.duplicates[0]!.cases).toEqual([]);
    // A role with the whole organisation in scope still gets the details.
    const full = valueOf(
      await w.s.api<{ duplicates: { cases: { caseNo: string }[] }[] }>('case.checkIntake', {
        parties: [{ role: 'applicant', name: '某人', idNumber: ID_SECRET }],
      }),
    );
    expect(full.duplicates[0]!.cases.map((c) => c.caseNo)).toEqual([w.other.caseNo]);
  });

  test.each([
    ['dashboard.get', {}],
    ['dashboard.get', { mediatorId: 'm2' }],
    ['deadline.list', { withinDays: 90 }],
    ['deadline.list', { withinDays: 90, mediatorId: 'm2' }],
    ['session.calendar', { from: '2026-11-01', to: '2026-12-31' }],
    ['session.calendar', { from: '2026-11-01', to: '2026-12-31', mediatorId: 'm2' }],
  ] as const)(
    '%s %j shows nothing of the other case, while the administrator sees it',
    async (method, input) => {
      const resolved = 'mediatorId' in input ? { ...input, mediatorId: w.m2.id } : input;
      const mine = JSON.stringify(valueOf(await w.s.api(method, resolved, w.li)));
      const admin = JSON.stringify(valueOf(await w.s.api(method, resolved)));
      expect(admin).toContain(w.other.title); // the seeded data is there: the test can fail
      for (const secret of other(w)) expect(mine).not.toContain(secret);
    },
  );

  test('a conflict overridden at assignment is kept on the case without naming the earlier case', async () => {
    const detail = valueOf(await w.s.api<CaseDetail>('case.get', { id: w.assigned.id }, w.li));
    expect(detail.assignments[0]!.conflicts.map((c) => c.kind)).toContain('earlier_case');
    const text = JSON.stringify(detail);
    for (const secret of w.secrets) expect(text).not.toContain(secret);
  });

  test('the conflict check warns about the earlier case without naming it', async () => {
    const findings = valueOf(
      await w.s.api<{ kind: string; message: string; otherCaseId?: string | null }[]>(
        'mediator.conflicts',
        { caseId: w.own.id, mediatorId: w.m1.id },
        w.li,
      ),
    );
    expect(findings.map((f) => f.kind)).toContain('earlier_case');
    expect(JSON.stringify(findings)).toContain('不在您的经办范围内');
  });
});

// Last: these end or change the 调解员's session, which every test above uses.
describe('calls that change the session', () => {
  test('auth.changePassword and auth.logout (last: they change the session)', async () => {
    for (const method of ['auth.changePassword', 'auth.logout'] as const) {
      const reply = await w.s.api(method, await INPUTS[method]!(w), w.li);
      expect(reply.body.ok).toBe(true);
      const text = await replyText(reply.body);
      for (const secret of w.secrets) expect(text).not.toContain(secret);
    }
  });
});
