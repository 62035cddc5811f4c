import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { AppError } from '../../shared/errors.ts';
import type { CaseSummary, Page } from '../../shared/types/dispute.ts';
import {
  CASE_SOURCES,
  CASE_SOURCE_LABELS,
  DISPUTE_TYPES,
  DISPUTE_TYPE_LABELS,
  type CaseSource,
  type DisputeType,
} from '../../shared/types/disputeTaxonomy.ts';
import {
  CASE_TABLE_COLUMNS,
  METRICS,
  PREVENTION_KINDS,
  PREVENTION_KIND_LABELS,
  type CaseTableCounts,
  type CaseTableRow,
  type ChartPoint,
  type ExportedFile,
  type MetricValue,
  type PreventionKind,
  type PreventionRecord,
  type StatsReport,
} from '../../shared/types/stats.ts';
import { METRIC_DEFINITIONS } from '../../shared/stats/metricDefinitions.ts';
import { addDays, resolvePeriod, type DateRange, type PeriodSpec } from '../../shared/stats/periods.ts';
import { getHomeOrganisationRow, getOrganisationRow } from '../db/queries/organisations.ts';
import { getMediatorRow } from '../db/queries/mediators.ts';
import { getCaseSummaryRows, rowToSummary } from '../db/queries/cases.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import {
  drillCaseIds,
  mediatorsOf,
  organisationSubtree,
  organisationsWithMediators,
  preventionSums,
  KEY_SEPARATOR,
  type FactRange,
  type FactSums,
  type GroupedSums,
} from '../db/queries/stats.ts';
import { caseFactsStale, refreshCaseFacts } from '../db/queries/caseFactRows.ts';
import { monthSpan, monthsAsOwnEnd } from '../db/queries/caseFactMonths.ts';
import { sumFacts } from '../db/queries/reportSums.ts';
import { insertPreventionRecord, listPreventionRecords } from '../db/queries/prevention.ts';
import type { ServiceDeps } from './serviceDeps.ts';
import { todayIn } from './localDate.ts';
import { reportWorkbook } from './reports/reportWorkbook.ts';

export type StatsService = ReturnType<typeof createStatsService>;

const ZERO: FactSums = {
  accepted: 0,
  initiative: 0,
  application: 0,
  referral: 0,
  success: 0,
  oral: 0,
  written: 0,
  failed: 0,
  pending: 0,
  amountFen: 0,
  performed: 0,
  confirmationApplied: 0,
  confirmed: 0,
  decided: 0,
  within30: 0,
  followUpDue: 0,
  followedUp: 0,
  rated: 0,
  satisfied: 0,
  basicSuccess: 0,
};

const SUM_KEYS = Object.keys(ZERO) as (keyof FactSums)[];

/** Adds `row` into `into` in place (summing per group runs once per group row and report). */
function addInto(into: Record<keyof FactSums, number>, row: FactSums): void {
  for (const key of SUM_KEYS) into[key] += row[key] ?? 0;
}

function total(rows: Iterable<FactSums>): FactSums {
  const sums = { ...ZERO };
  for (const row of rows) addInto(sums, row);
  return sums;
}

function regroup(rows: readonly GroupedSums[], keyOf: (key: string) => string): GroupedSums[] {
  const out = new Map<string, Record<keyof FactSums, number> & { groupKey: string }>();
  for (const row of rows) {
    const key = keyOf(row.groupKey);
    let sums = out.get(key);
    if (!sums) out.set(key, (sums = { ...ZERO, groupKey: key }));
    addInto(sums, row);
  }
  return [...out.values()];
}
const byKey = (rows: readonly GroupedSums[]) => new Map(rows.map((r) => [r.groupKey, r]));
const counts = (sums: FactSums): CaseTableCounts =>
  Object.fromEntries(CASE_TABLE_COLUMNS.map((c) => [c, sums[c]])) as unknown as CaseTableCounts;
const percent = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

type Breakdown = 'type' | 'typeMonth' | 'source' | 'street' | 'organisation' | 'mediator';
/** The parts of a `typeMonth` group key: dispute type and month (YYYY-MM). */
const typeOfKey = (key: string) => key.split(KEY_SEPARATOR)[0]!;
const monthOfKey = (key: string) => key.split(KEY_SEPARATOR)[1]!;

const METRIC_PARTS: Readonly<Record<(typeof METRICS)[number], (s: FactSums) => [number, number]>> = {
  successRate: (s) => [s.success, s.accepted],
  within30Rate: (s) => [s.within30, s.decided],
  followUpRate: (s) => [s.followedUp, s.followUpDue],
  satisfactionRate: (s) => [s.satisfied, s.rated],
  basicLevelRate: (s) => [s.basicSuccess, s.accepted],
};

export function createStatsService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'newId' | 'inTransaction'>) {
  const { db, inTransaction } = deps;

  /** Cases saved since the last report get their fact rows first (a read when none did). */
  async function freshFacts(): Promise<void> {
    if (await caseFactsStale(db)) await inTransaction((trx) => refreshCaseFacts(trx));
  }

  async function scopeOf(input: { organisationId?: string | undefined; includeSubordinates: boolean }) {
    const org = input.organisationId
      ? await getOrganisationRow(db, input.organisationId)
      : await getHomeOrganisationRow(db);
    if (!org)
      throw new AppError('NOT_FOUND', '没有找到要统计的组织。', { organisationId: input.organisationId });
    return { org, ids: await organisationSubtree(db, org.id, input.includeSubordinates) };
  }

  const factRange = (range: DateRange, ids: readonly number[]): FactRange => ({
    from: range.from,
    to: range.to,
    organisationIds: ids,
  });

  /**
   * The current period by every dimension the page shows. Whole months read the monthly sums once per
   * dimension; another range classifies its cases in two passes (by type, source and month; by street,
   * organisation and mediator — one pass by all six made a group of nearly every case) and regroups.
   */
  async function periodBreakdown(range: FactRange): Promise<Record<Breakdown, GroupedSums[]>> {
    if (monthSpan(range)) {
      // The places, organisations and mediators show counts only: only those sums are read.
      const counts: FactRange = { ...range, columns: 'counts' };
      const [typeMonth, source, street, organisation, mediator] = await Promise.all([
        sumFacts(db, range, 'typeMonth'),
        sumFacts(db, counts, 'source'),
        sumFacts(db, counts, 'street'),
        sumFacts(db, counts, 'organisation'),
        sumFacts(db, counts, 'mediator'),
      ]);
      return { type: regroup(typeMonth, typeOfKey), typeMonth, source, street, organisation, mediator };
    }
    const [detail, places] = await Promise.all([
      sumFacts(db, range, 'detail'),
      sumFacts(db, range, 'detailPlaces'),
    ]);
    const part = (index: number) => (key: string) => key.split(KEY_SEPARATOR)[index]!;
    return {
      type: regroup(detail, part(0)),
      typeMonth: regroup(detail, (key) => `${part(0)(key)}${KEY_SEPARATOR}${part(5)(key)}`),
      source: regroup(detail, part(1)),
      street: regroup(places, part(2)),
      organisation: regroup(places, part(3)),
      mediator: regroup(places, part(4)),
    };
  }

  /**
   * The month chart: each month's cases as that month's own report counted them, classified as of the
   * month's last day (the current month as of the period's end). So the bar of last month equals the
   * 环比 (上期) column of this month's table, and no bar changes when a later report is printed.
   */
  async function monthsAsReported(
    year: number,
    to: string,
    ids: readonly number[],
  ): Promise<Map<string, { accepted: number; success: number }>> {
    const lastMonth = to.startsWith(String(year)) ? Number(to.slice(5, 7)) : 12;
    const key = (month: number) => `${year}-${String(month).padStart(2, '0')}`;
    const lastEnd = addDays(lastMonth === 12 ? `${year + 1}-01-01` : `${key(lastMonth + 1)}-01`, -1);
    // Whole months from the monthly sums in one read; a month cut short by a custom period's end is
    // classified as of that day.
    const wholeMonths = lastEnd <= to ? lastMonth : lastMonth - 1;
    const sums =
      wholeMonths > 0
        ? await monthsAsOwnEnd(db, key(1), key(wholeMonths), ids)
        : new Map<string, { accepted: number; success: number }>();
    if (wholeMonths < lastMonth) {
      const rows = await sumFacts(db, { from: `${key(lastMonth)}-01`, to, organisationIds: ids }, 'type');
      sums.set(key(lastMonth), total(rows));
    }
    return sums;
  }

  const service = {
    /** Brings the report facts up to date (core: at open and when idle, so a report rarely waits). */
    refreshFacts: freshFacts,

    /** 预防与排查 work of this installation's organisation (report table B). */
    async addPrevention(
      input: ParsedInputOf<'stats.addPrevention'>,
      actor: string,
    ): Promise<PreventionRecord> {
      const home = await getHomeOrganisationRow(db);
      if (!home) throw new AppError('INVALID_STATE', '尚未设置本机所属组织。');
      const uuid = deps.newId();
      const note = input.note ? input.note : null;
      await insertPreventionRecord(db, {
        uuid,
        organisationId: home.id,
        ...input,
        note,
        now: deps.clock.now().toISOString(),
        actor,
      });
      return {
        id: uuid,
        occurredOn: input.occurredOn,
        kind: input.kind,
        cases: input.cases,
        persons: input.persons,
        note,
        createdBy: actor,
      };
    },

    async listPrevention(input: ParsedInputOf<'stats.listPrevention'>): Promise<PreventionRecord[]> {
      const home = await getHomeOrganisationRow(db);
      if (!home) return [];
      const rows = await listPreventionRecords(db, home.id, input.from, input.to);
      return rows.map((r) => ({
        id: r.uuid,
        occurredOn: r.occurred_on,
        kind: r.kind as PreventionKind,
        cases: r.cases,
        persons: r.persons,
        note: r.note,
        createdBy: r.created_by,
      }));
    },

    /** The three report tables, metrics and chart data for a period and organisation scope. */
    async report(input: ParsedInputOf<'stats.report'>): Promise<StatsReport> {
      await freshFacts();
      const { org, ids } = await scopeOf(input);
      const period = resolvePeriod(input as PeriodSpec);
      // 本年累计 is classified as of the period's last day, like the period itself: only the months
      // before the period are read again, the period's own cases come from its detail rows.
      const ytdStart = period.yearToDate.from;
      const before: FactRange | null =
        period.current.from > ytdStart
          ? {
              from: ytdStart,
              acceptedTo: addDays(period.current.from, -1),
              to: period.yearToDate.to,
              organisationIds: ids,
              columns: 'table',
            }
          : null;
      const [breakdown, ytdBefore, lastYear, previous] = await Promise.all([
        periodBreakdown(factRange(period.current, ids)),
        before ? sumFacts(db, before, 'typeMonth') : Promise.resolve([]),
        sumFacts(db, factRange(period.lastYear, ids), 'type'),
        // A year's 上期 is its 上年同期: read once.
        period.previous.from === period.lastYear.from && period.previous.to === period.lastYear.to
          ? null
          : sumFacts(db, factRange(period.previous, ids), 'type'),
      ]).then(([b, y, l, prev]) => [b, y, l, prev ?? l] as const);
      const ytdMonth = ytdStart.slice(0, 7);
      const ytdByTypeMonth = [
        ...ytdBefore,
        ...breakdown.typeMonth.filter((row) => monthOfKey(row.groupKey) >= ytdMonth),
      ];
      const current = breakdown.type;
      const bySource = breakdown.source;
      const byStreet = breakdown.street;
      const byOrganisation = breakdown.organisation;
      const byMediator = breakdown.mediator;
      const ytdByType = regroup(ytdByTypeMonth, typeOfKey);
      const tables = {
        current: byKey(current),
        yearToDate: byKey(ytdByType),
        lastYear: byKey(lastYear),
        previous: byKey(previous),
      };
      const row = (
        key: DisputeType | 'total',
        label: string,
        pick: (m: Map<string, GroupedSums>) => FactSums,
      ): CaseTableRow => ({
        key,
        label,
        current: counts(pick(tables.current)),
        yearToDate: counts(pick(tables.yearToDate)),
        lastYear: counts(pick(tables.lastYear)),
        previous: counts(pick(tables.previous)),
      });
      const caseTable = [
        ...DISPUTE_TYPES.map((type) => row(type, DISPUTE_TYPE_LABELS[type], (m) => m.get(type) ?? ZERO)),
        row('total', '合计', (m) => total([...m.values()])),
      ];

      const totals = { current: total(current), lastYear: total(lastYear), previous: total(previous) };
      const metrics: MetricValue[] = METRICS.map((key) => {
        const [n, d] = METRIC_PARTS[key](totals.current);
        const [ln, ld] = METRIC_PARTS[key](totals.lastYear);
        const [pn, pd] = METRIC_PARTS[key](totals.previous);
        return {
          key,
          ...METRIC_DEFINITIONS[key],
          numerator: n,
          denominator: d,
          percent: percent(n, d),
          lastYearPercent: percent(ln, ld),
          previousPercent: percent(pn, pd),
        };
      });

      const prevention = await preventionSums(db, factRange(period.current, ids));
      const prevented = PREVENTION_KINDS.filter((k) => k !== 'screening').map((kind) => {
        const found = prevention.find((p) => p.kind === kind);
        return {
          kind,
          label: PREVENTION_KIND_LABELS[kind],
          cases: found?.cases ?? 0,
          persons: found?.persons ?? 0,
        };
      });
      const screening = prevention.find((p) => p.kind === 'screening');
      const sourceMap = byKey(bySource);

      const orgRows = await organisationsWithMediators(db, ids);
      const orgSums = byKey(byOrganisation);
      const mediatorRows = await mediatorsOf(db, ids);
      const mediatorSums = byKey(byMediator);
      const year = Number(period.current.to.slice(0, 4));
      const monthSums = await monthsAsReported(year, period.current.to, ids);
      const point = (
        key: string,
        label: string,
        s: Pick<FactSums, 'accepted' | 'success'> | undefined,
      ): ChartPoint => ({
        key,
        label,
        accepted: s?.accepted ?? 0,
        success: s?.success ?? 0,
      });

      return {
        organisationName: org.name,
        includesSubordinates: input.includeSubordinates,
        ...period,
        caseTable,
        metrics,
        prevention: {
          screenings: screening?.records ?? 0,
          disputesFound: screening?.cases ?? 0,
          casesFromScreening:
            (sourceMap.get('screening')?.accepted ?? 0) + (sourceMap.get('grid_report')?.accepted ?? 0),
          prevented,
        },
        organisations: orgRows.map((o) => ({
          id: o.uuid,
          name: o.name,
          level: o.level,
          mediators: o.mediators,
          fullTimeMediators: o.full_time,
          accepted: orgSums.get(String(o.id))?.accepted ?? 0,
          success: orgSums.get(String(o.id))?.success ?? 0,
        })),
        mediators: mediatorRows.map((m) => {
          const s = mediatorSums.get(String(m.id));
          return {
            id: m.uuid,
            name: m.name,
            organisationName: m.organisation_name,
            fullTime: m.employment === 'full_time',
            accepted: s?.accepted ?? 0,
            success: s?.success ?? 0,
            within30: s?.within30 ?? 0,
            decided: s?.decided ?? 0,
          };
        }),
        charts: {
          byMonth: Array.from({ length: 12 }, (_, i) => {
            const key = `${year}-${String(i + 1).padStart(2, '0')}`;
            return point(key, `${i + 1}月`, monthSums.get(key));
          }),
          byType: DISPUTE_TYPES.map((type) =>
            point(type, DISPUTE_TYPE_LABELS[type].replace(/纠纷$/, ''), tables.current.get(type)),
          ),
          bySource: CASE_SOURCES.filter((s) => sourceMap.has(s)).map((s) =>
            point(s, CASE_SOURCE_LABELS[s as CaseSource], sourceMap.get(s)),
          ),
          byPlace: [...byKey(byStreet).values()]
            .sort((a, b) => b.accepted - a.accepted)
            .map((s) => point(s.groupKey, s.groupKey || '未填写地点', s)),
        },
      };
    },

    /** The report as an .xlsx in the official layout. */
    async exportReport(input: ParsedInputOf<'stats.exportReport'>): Promise<ExportedFile> {
      const report = await service.report(input);
      const bytes = await reportWorkbook(report, todayIn(deps.clock));
      return {
        fileName: `人民调解统计报表（${report.current.label}）.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: bytes.toString('base64'),
      };
    },

    /** The cases behind one number of the report (drill-down), in the caller's data scope. */
    async cases(input: ParsedInputOf<'stats.cases'>, scope: CaseScope | null): Promise<Page<CaseSummary>> {
      await freshFacts();
      const { ids } = await scopeOf(input);
      const period = resolvePeriod(input as PeriodSpec);
      let group: { grouping: 'type' | 'organisation' | 'mediator'; key: string } | null = null;
      if (input.disputeType) group = { grouping: 'type', key: input.disputeType };
      if (input.cellOrganisationId) {
        const org = await getOrganisationRow(db, input.cellOrganisationId);
        if (!org) throw new AppError('NOT_FOUND', '没有找到该组织。');
        group = { grouping: 'organisation', key: String(org.id) };
      }
      if (input.mediatorId) {
        const mediator = await getMediatorRow(db, input.mediatorId);
        if (!mediator) throw new AppError('NOT_FOUND', '没有找到该调解员。');
        group = { grouping: 'mediator', key: String(mediator.id) };
      }
      const { ids: caseIds, total: count } = await drillCaseIds(
        db,
        factRange(period[input.range], ids),
        input.column,
        group,
        { limit: input.pageSize, offset: (input.page - 1) * input.pageSize },
        scope,
      );
      const found = new Map((await getCaseSummaryRows(db, caseIds)).map((row) => [row.id, row]));
      const rows = caseIds.flatMap((id) => {
        const row = found.get(id);
        return row ? [rowToSummary(row)] : [];
      });
      return { rows, total: count };
    },
  };
  return service;
}
