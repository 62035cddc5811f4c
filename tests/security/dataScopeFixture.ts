import JSZip from 'jszip';
import type { CaseDetail } from '../../src/shared/types/dispute.ts';
import type { Mediator } from '../../src/shared/types/mediator.ts';
import { valueOf, type SecurityHost } from './dataHostFixture.ts';

/** A valid 18-digit 居民身份证 number from its first 17 digits (ISO 7064 MOD 11-2). */
export function withCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

export const ID_SHARED = withCheckDigit('32011319700101123'); // 张三, a party in both mediators' cases
export const ID_SECRET = withCheckDigit('32010219650505234'); // 司马隐私, only in the other mediator's case
export const ID_MEDIATOR = withCheckDigit('32011319800808345'); // 李调解 himself, a party in the other case

export interface ScopeWorld {
  readonly s: SecurityHost;
  /** The scoped 调解员 (李调解's account) and a second one (王调解). */
  readonly li: string;
  readonly wang: string;
  readonly m1: Mediator;
  readonly m2: Mediator;
  /** 李's own case (registered by him), accepted. */
  readonly own: CaseDetail;
  /** A case the administrator assigned to 李 over a conflict with 王's case (override recorded). */
  readonly assigned: CaseDetail;
  /** 王's case: 李 must never learn anything that names it. */
  readonly other: CaseDetail;
  /** Strings that name the other case: number, title, party names, uuids. */
  readonly secrets: readonly string[];
}

async function account(s: SecurityHost, username: string, mediatorId: string): Promise<string> {
  const user = valueOf(
    await s.api<{ id: string }>('user.create', {
      username,
      displayName: `${username}调解员`,
      role: 'mediator',
      password: 'Initial123',
    }),
  );
  valueOf(await s.api('user.update', { id: user.id, mediatorId }));
  const token = await s.login(username, 'Initial123');
  valueOf(
    await s.api('auth.changePassword', { currentPassword: 'Initial123', newPassword: 'Changed456' }, token),
  );
  return token;
}

/**
 * Two mediators with their own cases. 王's case has everything that shows up on lists, calendars and
 * 工作台 (a session today, an obligation and a 回访 due, an agreement awaiting 司法确认), shares a
 * party (张三) with 李's case, and has 李调解 himself as a party (a conflict of interest).
 */
export async function buildScopeWorld(s: SecurityHost): Promise<ScopeWorld> {
  const m1 = valueOf(
    await s.api<Mediator>('mediator.create', {
      name: '李调解',
      employment: 'full_time',
      idNumber: ID_MEDIATOR,
    }),
  );
  const m2 = valueOf(await s.api<Mediator>('mediator.create', { name: '王调解', employment: 'full_time' }));
  const li = await account(s, 'li', m1.id);
  const wang = await account(s, 'wang', m2.id);

  let other = valueOf(
    await s.api<CaseDetail>('case.create', {
      title: '司马隐私与欧阳秘密合同纠纷',
      summary: '欧阳秘密欠司马隐私货款。',
      parties: [
        { role: 'applicant', name: '司马隐私', idNumber: ID_SECRET, contacts: [{ value: '13912340001' }] },
        { role: 'respondent', name: '欧阳秘密', contacts: [{ value: '13912340002' }] },
        { role: 'third_party', name: '张三', idNumber: ID_SHARED },
        { role: 'third_party', name: '李调解', idNumber: ID_MEDIATOR },
      ],
    }),
  );
  const call = async (method: string, input: Record<string, unknown>) => {
    other = valueOf(
      await s.api<CaseDetail>(method, { caseId: other.id, expectedVersion: other.version, ...input }),
    );
  };
  await call('case.accept', { acceptedOn: '2026-11-22', consentMode: 'all_parties_consented' });
  await call('case.assign', { mediatorId: m2.id });
  await call('session.schedule', {
    kind: 'mediation',
    startAt: '2026-11-22T14:00',
    place: '欧阳秘密家中',
    mediatorIds: [m2.id],
  });
  const [applicant, respondent] = other.parties;
  await call('session.record', {
    kind: 'mediation',
    startAt: '2026-11-22T09:30',
    place: '调解室',
    mediatorIds: [m2.id],
    recorder: '王调解',
    partyIdsPresent: [applicant!.id, respondent!.id],
    rightsNoticeGivenAtStart: true,
    transcript: '双方同意调解。',
    result: '达成协议',
  });
  await call('agreement.record', {
    form: 'written',
    concludedOn: '2026-11-22',
    effectiveOn: '2026-11-22',
    obligations: [
      {
        obligorId: respondent!.id,
        obligeeId: applicant!.id,
        content: '欧阳秘密向司马隐私支付货款',
        amountFen: 100_000,
        dueDate: '2026-11-25',
      },
    ],
  });
  await call('followUp.schedule', { dueOn: '2026-11-22' });

  let own = valueOf(
    await s.api<CaseDetail>(
      'case.create',
      {
        title: '张三与赵六邻里纠纷',
        summary: '楼上漏水。',
        parties: [
          { role: 'applicant', name: '张三', idNumber: ID_SHARED },
          { role: 'respondent', name: '赵六', contacts: [{ value: '13800001111' }] },
        ],
      },
      li,
    ),
  );
  own = valueOf(
    await s.api<CaseDetail>(
      'case.accept',
      {
        caseId: own.id,
        expectedVersion: own.version,
        acceptedOn: '2026-11-22',
        consentMode: 'all_parties_consented',
      },
      li,
    ),
  );

  let assigned = valueOf(
    await s.api<CaseDetail>('case.create', {
      title: '张三与钱七借款纠纷',
      summary: '借款未还。',
      parties: [{ role: 'applicant', name: '张三', idNumber: ID_SHARED }],
    }),
  );
  assigned = valueOf(
    await s.api<CaseDetail>('case.accept', {
      caseId: assigned.id,
      expectedVersion: assigned.version,
      acceptedOn: '2026-11-22',
      consentMode: 'all_parties_consented',
    }),
  );
  assigned = valueOf(
    await s.api<CaseDetail>('case.assign', {
      caseId: assigned.id,
      expectedVersion: assigned.version,
      mediatorId: m1.id,
      overrideReason: '当事人同意，已书面说明',
    }),
  );

  const secrets = [
    other.id,
    other.caseNo!,
    other.title,
    '司马隐私',
    '欧阳秘密',
    ...other.parties.map((p) => p.id),
    ...other.sessions.map((x) => x.id),
  ];
  return { s, li, wang, m1, m2, own, assigned, other, secrets };
}

/** All text a reply carries, with files (base64 zip: docx, xlsx, dossier zips) unpacked to their text. */
export async function replyText(body: unknown): Promise<string> {
  const parts: string[] = [JSON.stringify(body)];
  const visit = async (value: unknown): Promise<void> => {
    if (Array.isArray(value)) for (const item of value) await visit(item);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'base64' && typeof item === 'string')
          parts.push(await fileText(Buffer.from(item, 'base64')));
        else await visit(item);
      }
    }
  };
  await visit(body);
  return parts.join('\n');
}

async function fileText(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 2).toString() !== 'PK') return bytes.toString('utf8');
  const zip = await JSZip.loadAsync(bytes);
  const texts: string[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const inner = await entry.async('nodebuffer');
    const text = inner.subarray(0, 2).toString() === 'PK' ? await fileText(inner) : inner.toString('utf8');
    // Word splits text into runs: drop the markup so a title split over runs is found whole.
    texts.push(text, text.replace(/<[^>]+>/g, ''));
  }
  return texts.join('\n');
}
