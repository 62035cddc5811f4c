import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ACTOR, ID_MAN, KIT_SESSION, openCaseKit, registerCase, type CaseKit } from './caseKit.ts';
import { mediatorCreateInput } from '../../../src/shared/schemas/mediator.ts';
import {
  agreementRecordInput,
  attachmentAddInput,
  followUpRecordInput,
  sessionRecordInput,
} from '../../../src/shared/schemas/handling.ts';
import type { CaseDetail } from '../../../src/shared/types/dispute.ts';

let kit: CaseKit;
beforeEach(async () => {
  kit = await openCaseKit();
});
afterEach(() => kit.close());

const ref = (c: CaseDetail) => ({ caseId: c.id, expectedVersion: c.version });

test('CaseDocumentData is built from a real case: parties with agents, session, agreement, follow-up, attachments', async () => {
  const registered = await registerCase(kit, {
    requests: ['赔偿漏水损失'],
    registrar: '刘记录',
    parties: [
      { role: 'respondent', name: '李卫东', contacts: [{ value: '13987654321' }] },
      { role: 'applicant', name: '张建国', idNumber: ID_MAN, contacts: [{ value: '13812345678' }] },
      {
        role: 'entrusted_agent',
        name: '周律师',
        principalIndex: 1,
        agentAuthority: 'special',
        agentRelation: '律师',
      },
    ],
  });
  let c = await kit.s.triage.accept(
    { ...ref(registered), acceptedOn: '2026-03-02', consentMode: 'all_parties_consented', consentNote: null },
    ACTOR,
  );
  const m = await kit.s.mediators.create(
    mediatorCreateInput.parse({ name: '陈调解', employment: 'full_time' }),
  );
  c = await kit.s.mediators.assign(
    { ...ref(c), mediatorId: m.id, role: 'lead', mode: 'designated', overrideReason: null },
    ACTOR,
  );
  const [respondent, applicant] = c.parties;
  c = await kit.s.sessions.record(
    sessionRecordInput.parse({
      ...ref(c),
      kind: 'mediation',
      startAt: '2026-03-02T09:30',
      place: '调解室',
      mediatorIds: [m.id],
      recorder: '刘记录',
      partyIdsPresent: [applicant!.id, respondent!.id],
      rightsNoticeGivenAtStart: true,
      transcript: '问：……答：……',
      result: '达成协议',
    }),
    ACTOR,
  );
  c = await kit.s.agreements.record(
    agreementRecordInput.parse({
      ...ref(c),
      form: 'written',
      concludedOn: '2026-03-02',
      effectiveOn: '2026-03-02',
      facts: '楼上漏水致楼下受损。',
      obligations: [
        {
          obligorId: respondent!.id,
          obligeeId: applicant!.id,
          content: '向申请人张建国支付赔偿款',
          amountFen: 3_560_000,
          dueDate: '2026-03-02',
          manner: '现金当面交付',
        },
      ],
      otherClauses: ['双方就本纠纷再无其他争议'],
    }),
    ACTOR,
  );
  c = await kit.s.followUps.record(
    followUpRecordInput.parse({
      ...ref(c),
      visitedOn: '2026-03-02',
      method: 'visit',
      visitor: '陈调解',
      partyIds: [applicant!.id],
      satisfaction: 'basically_satisfied',
      situation: '已当场支付。',
      performance: [
        { obligationId: c.agreement!.obligations[0]!.id, status: 'performed', performedAmountFen: 3_560_000 },
      ],
    }),
    ACTOR,
  );

  // Attachments: copied into <dataDir>/attachments by content hash, never into SQLite.
  const scan = path.join(kit.dataDir, 'scan.pdf');
  fs.writeFileSync(scan, '%PDF-1.4 身份证复印件');
  c = await kit.s.attachments.add(
    attachmentAddInput.parse({
      ...ref(c),
      kind: 'id_proof',
      title: '李卫东居民身份证复印件',
      fileName: 'scan.pdf',
      mimeType: 'application/pdf',
      pages: 1,
      partyId: respondent!.id,
      uploadId: await kit.s.upload(fs.readFileSync(scan)),
    }),
    ACTOR,
    KIT_SESSION,
  );
  const sha = createHash('sha256').update(fs.readFileSync(scan)).digest('hex');
  expect(c.attachments[0]).toMatchObject({
    sha256: sha,
    sizeBytes: fs.statSync(scan).size,
    relativePath: `attachments/${sha.slice(0, 2)}/${sha}.pdf`,
  });
  expect(fs.readFileSync(path.join(kit.dataDir, c.attachments[0]!.relativePath), 'utf8')).toBe(
    '%PDF-1.4 身份证复印件',
  );
  c = await kit.s.attachments.add(
    attachmentAddInput.parse({
      ...ref(c),
      kind: 'evidence',
      title: '照片',
      fileName: 'photo.jpg',
      mimeType: 'image/jpeg',
      uploadId: await kit.s.upload(Buffer.from('jpeg-bytes')),
    }),
    ACTOR,
    KIT_SESSION,
  );
  expect(c.attachments).toHaveLength(2);

  const data = await kit.s.cases.documentData(c.id);
  expect(data.organisation).toMatchObject({
    name: '南京市栖霞区尧化街道人民调解委员会',
    abbreviation: '栖尧',
  });
  expect(data.case).toMatchObject({
    caseNo: '（2026）栖尧人调字第1号',
    disputeType: '邻里纠纷',
    source: '当事人申请',
    requests: ['赔偿漏水损失'],
    registeredAt: '2026-03-02',
    acceptedAt: '2026-03-02',
    status: '履行完毕',
    outcome: '调解成功',
    performanceStatus: '已履行',
    mediators: [{ name: '陈调解', title: null }],
    registrar: '刘记录',
    facts: '楼上漏水致楼下受损。',
  });
  // Applicants first, agents under their principal.
  expect(data.parties.map((p) => [p.role, p.name, p.agents.map((a) => a.name)])).toEqual([
    ['申请人', '张建国', ['周律师']],
    ['被申请人', '李卫东', []],
  ]);
  expect(data.parties[0]).toMatchObject({
    sex: '男',
    birthDate: '1980-01-01',
    idType: '居民身份证',
    phone: '13812345678',
  });
  expect(data.parties[0]!.agents[0]).toMatchObject({
    kind: '委托代理人',
    authority: '特别授权',
    relation: '律师',
  });
  expect(data.sessions).toEqual([
    expect.objectContaining({
      kind: '调解',
      rightsNoticeGiven: true,
      mediators: ['陈调解'],
      partyIdsPresent: [respondent!.id, applicant!.id],
    }),
  ]);
  expect(data.agreement).toMatchObject({
    kind: '书面',
    effectiveDate: '2026-03-02',
    otherClauses: ['双方就本纠纷再无其他争议'],
  });
  expect(data.agreement!.obligations[0]).toMatchObject({
    obligorId: respondent!.id,
    obligeeId: applicant!.id,
    amountFen: 3_560_000,
  });
  expect(data.followUps).toEqual([
    expect.objectContaining({ method: '上门', performance: '已履行', satisfaction: '基本满意' }),
  ]);
  expect(data.dossier.attachments).toEqual([
    {
      kind: '当事人身份证明',
      title: '李卫东居民身份证复印件',
      pages: 1,
      pdfPath: path.join(kit.dataDir, c.attachments[0]!.relativePath),
    },
    { kind: '证据材料', title: '照片', pages: 1, pdfPath: null },
  ]);
  expect(data.termination).toBeNull();
  expect(data.refusal).toBeNull();
});

test('a refused case carries the refusal notice with the advised channels', async () => {
  const c = await registerCase(kit);
  const rejected = await kit.s.triage.reject(
    {
      ...ref(c),
      rejectedOn: '2026-03-02',
      reasonCode: 'criminal_or_public_security',
      reason: '涉嫌故意伤害',
      channels: ['police'],
      advice: null,
    },
    ACTOR,
  );
  const data = await kit.s.cases.documentData(rejected.id);
  expect(data.refusal).toEqual({
    date: '2026-03-02',
    reason: '涉嫌故意伤害',
    advice: '可以向公安机关报案或求助',
    recipients: ['张建国'],
  });
  expect(data.case.status).toBe('不予受理');
  expect(data.termination).toBeNull();
});
