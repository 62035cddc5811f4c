import { randomUUID } from 'node:crypto';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { createRandom, type Random } from './random.ts';
import { createSearchIndexer } from '../../src/main/db/queries/searchIndex.ts';
import {
  CLAUSES,
  COMMUNITY_STEM,
  COMMUNITY_SUFFIX,
  DISTRICTS,
  GIVEN,
  OBLIGATIONS,
  ROADS,
  SESSION_PHRASES,
  SOURCE_WEIGHTS,
  SURNAMES,
  TYPE_PROFILES,
} from './dictionaries.ts';

/**
 * Seeds `count` realistic cases straight through SQL, in transactions of 5,000 cases, spread over ten
 * years up to `lastDay`. The search triggers only note the cases; each batch indexes its cases once
 * before it commits, as the program's own transactions do.
 */
export interface SeedOptions {
  readonly count: number;
  readonly lastDay: string;
  readonly seed?: number;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function idNumber(r: Random, region: string): string {
  const birth = iso(Date.UTC(r.int(1945, 2005), r.int(0, 11), r.int(1, 28))).replaceAll('-', '');
  const body = `${region}${birth}${String(r.int(0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11]!;
}

const personName = (r: Random) => r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.75) ? r.pick(GIVEN) : '');
const phone = (r: Random) =>
  `1${r.pick(['3', '5', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;

export interface SeedReport {
  readonly organisationIds: readonly number[];
  readonly mediatorIds: readonly number[];
  readonly seconds: number;
}

export function seedDatabase(sqlite: SqliteDatabase, options: SeedOptions): SeedReport {
  const started = performance.now();
  const r = createRandom(options.seed ?? 20261122);
  const now = new Date().toISOString();
  const home = sqlite.prepare('SELECT id FROM organisation WHERE is_home = 1').get() as { id: number };

  // Street committees under the home organisation and village/community committees under them.
  const organisationIds: number[] = [home.id];
  const insertOrg = sqlite.prepare(
    `INSERT INTO organisation (uuid, name, kind, level, region_code, abbreviation, parent_id, created_at, updated_at)
     VALUES (?, ?, 'committee', ?, '320113', ?, ?, ?, ?) RETURNING id`,
  );
  const streets = DISTRICTS[0]!.streets;
  sqlite.transaction(() => {
    for (const [i, street] of streets.entries()) {
      const { id } = insertOrg.get(
        randomUUID(),
        `${street}人民调解委员会`,
        'town',
        `栖${street.slice(0, 1)}${i}`,
        home.id,
        now,
        now,
      ) as { id: number };
      organisationIds.push(id);
      for (let v = 0; v < 2; v += 1) {
        const community = `${COMMUNITY_STEM[(i * 2 + v) % COMMUNITY_STEM.length]}${COMMUNITY_SUFFIX[v]}`;
        const child = insertOrg.get(
          randomUUID(),
          `${street}${community}人民调解委员会`,
          'village',
          `栖${i}${v}`,
          id,
          now,
          now,
        ) as { id: number };
        organisationIds.push(child.id);
      }
    }
  })();

  const insertMediator = sqlite.prepare(
    `INSERT INTO mediator (uuid, organisation_id, name, sex, employment, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const mediatorsByOrg = new Map<number, number[]>();
  const mediatorIds: number[] = [];
  sqlite.transaction(() => {
    for (const orgId of organisationIds) {
      const list: number[] = [];
      for (let m = 0; m < 3; m += 1) {
        const { id } = insertMediator.get(
          randomUUID(),
          orgId,
          personName(r),
          r.pick(['男', '女']),
          r.chance(0.4) ? 'full_time' : 'part_time',
          now,
          now,
        ) as { id: number };
        list.push(id);
        mediatorIds.push(id);
      }
      mediatorsByOrg.set(orgId, list);
    }
  })();

  const ins = {
    kase: sqlite.prepare(`INSERT INTO dispute_case (id, uuid, organisation_id, title, summary, status, registered_at, updated_at,
      case_no, case_year, case_seq, source, dispute_type, place_district_code, place_street, place_community, place_address,
      persons_involved, risk_level, applied_on, registrar, accepted_on, consent_mode, due_date, time_limit_days,
      disposal_reason_code, disposal_reason, disposal_on, closed_on, archived_on, reporter_name, reporter_phone)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    party:
      sqlite.prepare(`INSERT INTO party (id, uuid, case_id, role, kind, name, sex, id_type, id_number, address, sort_order, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'natural', ?, ?, '居民身份证', ?, ?, ?, ?, ?)`),
    contact: sqlite.prepare(`INSERT INTO party_contact (party_id, kind, value) VALUES (?, 'mobile', ?)`),
    ref: sqlite.prepare(`INSERT INTO case_external_ref (case_id, kind, value) VALUES (?, ?, ?)`),
    assignment: sqlite.prepare(
      `INSERT INTO case_assignment (case_id, mediator_id, role, mode, assigned_at, assigned_by) VALUES (?, ?, 'lead', 'designated', ?, '系统')`,
    ),
    session:
      sqlite.prepare(`INSERT INTO session (uuid, case_id, kind, status, start_at, end_at, place, mode, recorder, transcript, result, rights_notice_given, created_at, updated_at)
      VALUES (?, ?, 'mediation', 'held', ?, ?, ?, 'onsite', ?, ?, ?, 1, ?, ?)`),
    agreement:
      sqlite.prepare(`INSERT INTO agreement (id, uuid, case_id, form, concluded_on, effective_on, facts, other_clauses, oral_content, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    obligation:
      sqlite.prepare(`INSERT INTO obligation (uuid, agreement_id, seq, obligor_party_id, obligee_party_id, content, amount_fen, due_date, performance_status, performed_amount_fen, performed_on, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    followUp:
      sqlite.prepare(`INSERT INTO follow_up (uuid, case_id, status, reason, due_on, visited_on, method, visitor, satisfaction, situation, created_at, updated_at)
      VALUES (?, ?, ?, 'agreement_effective', ?, ?, ?, ?, ?, ?, ?, ?)`),
    confirmation: sqlite.prepare(
      `INSERT INTO judicial_confirmation (case_id, agreement_id, court, applied_on, decided_on, result, updated_at) VALUES (?, ?, '南京市栖霞区人民法院', ?, ?, ?, ?)`,
    ),
  };
  const firstCaseId =
    ((sqlite.prepare('SELECT max(id) AS m FROM dispute_case').get() as { m: number | null }).m ?? 0) + 1;
  const firstPartyId =
    ((sqlite.prepare('SELECT max(id) AS m FROM party').get() as { m: number | null }).m ?? 0) + 1;
  const firstAgreementId =
    ((sqlite.prepare('SELECT max(id) AS m FROM agreement').get() as { m: number | null }).m ?? 0) + 1;
  const lastMs = Date.parse(`${options.lastDay}T00:00:00Z`);
  const span = 10 * 365 * DAY;
  const seqs = new Map<string, number>();
  let partyId = firstPartyId;
  let agreementId = firstAgreementId;

  const seedOne = (n: number) => {
    const caseId = firstCaseId + n;
    // Registration days in increasing order, so ids follow time as they do in a real file.
    const registeredMs = lastMs - span + Math.floor(((n + r.next()) / options.count) * span);
    const registered = new Date(registeredMs + r.int(8, 17) * 3_600_000).toISOString();
    const type = r.weighted(Object.fromEntries(Object.entries(TYPE_PROFILES).map(([k, v]) => [k, v.weight])));
    const profile = TYPE_PROFILES[type]!;
    const source = r.weighted(SOURCE_WEIGHTS);
    const orgId = r.pick(organisationIds);
    const street = r.pick(streets);
    const community = `${r.pick(COMMUNITY_STEM)}${r.pick(COMMUNITY_SUFFIX)}`;
    const applicant = personName(r);
    const respondent = personName(r);
    const fact = r.pick(profile.facts);
    const claim = r.pick(profile.claims);
    const summary = `${applicant}与${respondent}${fact}，${applicant}${claim}，双方多次协商未果，${r.pick(['经社区推荐', '经网格员上报', '当事人来电反映', '经派出所引导'])}申请调解。`;
    const title = `${applicant}与${respondent}${profile.title}`;

    const ageDays = (lastMs - registeredMs) / DAY;
    const roll = r.next();
    const rejected = roll < 0.03;
    const voided = !rejected && roll < 0.04;
    const accepted = !rejected && !voided;
    const acceptedMs = registeredMs + r.int(0, 2) * DAY;
    const outcomeDays = r.chance(0.9) ? r.int(1, 30) : r.int(31, 60);
    const decided = accepted && ageDays > outcomeDays + 2;
    const outcome = !decided
      ? null
      : r.chance(0.9)
        ? 'success'
        : r.chance(0.75)
          ? 'terminated'
          : 'transferred';
    const outcomeMs = acceptedMs + outcomeDays * DAY;
    const closed = decided && ageDays > outcomeDays + 10;
    const archived = closed && ageDays > 365;
    let status = rejected
      ? 'rejected'
      : voided
        ? 'voided'
        : !decided
          ? r.chance(0.5)
            ? 'accepted'
            : 'in_mediation'
          : 'in_mediation';
    if (outcome === 'success') status = archived ? 'archived' : closed ? 'closed' : 'performing';
    if (outcome === 'terminated') status = archived ? 'archived' : closed ? 'closed' : 'terminated';
    if (outcome === 'transferred') status = archived ? 'archived' : closed ? 'closed' : 'transferred';

    const year = new Date(acceptedMs).getUTCFullYear();
    let caseNo: string | null = null;
    let seq: number | null = null;
    if (accepted) {
      const key = `${orgId}:${year}`;
      seq = (seqs.get(key) ?? 0) + 1;
      seqs.set(key, seq);
      caseNo = `（${year}）栖${orgId}人调字第${seq}号`;
    }

    const parties: number[] = [];
    for (const [index, name] of [
      applicant,
      respondent,
      ...(r.chance(0.2) ? [personName(r)] : []),
    ].entries()) {
      const id = partyId++;
      parties.push(id);
      ins.party.run(
        id,
        randomUUID(),
        caseId,
        index === 0 ? 'applicant' : index === 1 ? 'respondent' : 'third_party',
        name,
        r.pick(['男', '女']),
        r.chance(0.8) ? idNumber(r, DISTRICTS[0]!.code) : null,
        `南京市栖霞区${street}${r.pick(ROADS)}${r.int(1, 300)}号`,
        index,
        registered,
        registered,
      );
      ins.contact.run(id, phone(r));
    }
    if (source === 'hotline_transfer' || source === 'police_transfer' || source.startsWith('court')) {
      ins.ref.run(
        caseId,
        source === 'hotline_transfer'
          ? 'hotline_ticket'
          : source === 'police_transfer'
            ? 'police_incident'
            : 'court_assignment',
        `${source === 'hotline_transfer' ? 'GD' : 'JQ'}${year}${String(r.int(0, 999_999)).padStart(6, '0')}`,
      );
    }
    if (accepted) {
      const mediators = mediatorsByOrg.get(orgId)!;
      ins.assignment.run(caseId, r.pick(mediators), new Date(acceptedMs).toISOString());
    }
    if (accepted && (decided || r.chance(0.5))) {
      const sessionDay = iso(acceptedMs + Math.max(1, outcomeDays - 1) * DAY);
      const transcript = Array.from({ length: r.int(4, 8) }, () => r.pick(SESSION_PHRASES)).join('，') + '。';
      ins.session.run(
        randomUUID(),
        caseId,
        `${sessionDay}T09:00`,
        `${sessionDay}T10:30`,
        `${street}人民调解室`,
        personName(r),
        transcript,
        outcome === 'success' ? '达成协议' : '未达成协议',
        registered,
        registered,
      );
    }
    let amount = 0;
    if (outcome === 'success') {
      const id = agreementId++;
      const concluded = iso(outcomeMs);
      const oral = r.chance(0.4);
      ins.agreement.run(
        id,
        randomUUID(),
        caseId,
        oral ? 'oral' : 'written',
        concluded,
        concluded,
        oral ? null : fact,
        oral ? '[]' : JSON.stringify([r.pick(CLAUSES)]),
        oral ? `双方口头约定${r.pick(OBLIGATIONS)}` : null,
        registered,
        registered,
      );
      if (!oral) {
        amount = r.int(5, 500) * 10_000;
        const performed = ageDays > outcomeDays + 20 && r.chance(0.9);
        ins.obligation.run(
          randomUUID(),
          id,
          1,
          parties[1],
          parties[0],
          r.pick(OBLIGATIONS),
          amount,
          iso(outcomeMs + 10 * DAY),
          performed ? 'performed' : 'pending',
          performed ? amount : null,
          performed ? iso(outcomeMs + r.int(1, 15) * DAY) : null,
          registered,
        );
        if (r.chance(0.05))
          ins.confirmation.run(
            caseId,
            id,
            iso(outcomeMs + 3 * DAY),
            iso(outcomeMs + 10 * DAY),
            'confirmed',
            registered,
          );
      }
      if (ageDays > outcomeDays + 15) {
        const visited = r.chance(0.85);
        ins.followUp.run(
          randomUUID(),
          caseId,
          visited ? 'done' : 'planned',
          iso(outcomeMs + 15 * DAY),
          visited ? iso(outcomeMs + r.int(10, 20) * DAY) : null,
          visited ? 'phone' : null,
          visited ? personName(r) : null,
          visited ? r.weighted({ satisfied: 80, basically_satisfied: 17, dissatisfied: 3 }) : null,
          visited ? '协议已履行，双方关系缓和' : null,
          registered,
          registered,
        );
      }
    }
    const grid = source === 'grid_report';
    ins.kase.run(
      caseId,
      randomUUID(),
      orgId,
      title,
      summary,
      status,
      registered,
      registered,
      caseNo,
      accepted ? year : null,
      seq,
      source,
      type,
      DISTRICTS[0]!.code,
      street,
      community,
      `${r.pick(ROADS)}${r.int(1, 300)}号`,
      r.int(2, 4),
      r.chance(0.1) ? r.pick(['red', 'orange', 'yellow', 'blue']) : null,
      iso(registeredMs),
      '受理员',
      accepted ? iso(acceptedMs) : null,
      accepted ? 'all_parties_consented' : null,
      accepted ? iso(acceptedMs + 30 * DAY) : null,
      accepted ? 30 : null,
      outcome === 'terminated' ? 'party_refused' : rejected ? 'not_civil_dispute' : null,
      outcome === 'terminated' ? '一方当事人拒绝继续调解' : rejected ? '不属于人民调解范围' : null,
      outcome === 'terminated' ? iso(outcomeMs) : rejected ? iso(registeredMs) : null,
      closed ? iso(outcomeMs + r.int(1, 8) * DAY) : null,
      archived ? iso(outcomeMs + 30 * DAY) : null,
      grid ? personName(r) : null,
      grid ? phone(r) : null,
    );
    if (outcome === 'transferred') {
      sqlite
        .prepare(
          `INSERT INTO transfer (uuid, case_id, target_kind, target_name, reason, transferred_on, created_at) VALUES (?, ?, 'court', '南京市栖霞区人民法院', '当事人要求诉讼', ?, ?)`,
        )
        .run(randomUUID(), caseId, iso(outcomeMs), registered);
    }
    void amount;
  };

  sqlite.pragma('foreign_keys = OFF');
  const reindexSeededCases = createSearchIndexer(sqlite);
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n += 1) seedOne(n);
  });
  for (let from = 0; from < options.count; from += 5_000) {
    batch(from, Math.min(options.count, from + 5_000));
    // In a transaction of its own, as in the program: inside the batch it would be a savepoint that
    // keeps a copy of every page it changes (tens of MB of FTS pages per batch).
    reindexSeededCases();
    process.stdout.write(`\r  已生成 ${Math.min(options.count, from + 5_000)} / ${options.count} 件`);
  }
  process.stdout.write('\n');
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec(`INSERT OR REPLACE INTO case_number_counter (organisation_id, year, last_seq)
    SELECT organisation_id, case_year, max(case_seq) FROM dispute_case WHERE case_seq IS NOT NULL GROUP BY organisation_id, case_year`);
  return { organisationIds, mediatorIds, seconds: (performance.now() - started) / 1000 };
}
