import { DISPUTE_TYPE_LABELS, type DisputeType } from '../../../shared/types/disputeTaxonomy.ts';
import type { SimilarCase, SimilarCases } from '../../../shared/types/similarCases.ts';
import { requireCaseRow } from '../../db/queries/caseRows.ts';
import type { CaseScope } from '../../db/queries/caseAccess.ts';
import {
  caseSimilarityKey,
  obligationTexts,
  precedentCandidates,
  visibleCaseIds,
  type PrecedentRow,
} from '../../db/queries/similarCases.ts';
import { todayIn } from '../localDate.ts';
import { daysRemaining } from '../../../shared/deadlines/dayCount.ts';
import type { ServiceDeps } from '../serviceDeps.ts';

export type SimilarCaseService = ReturnType<typeof createSimilarCaseService>;

/** How far back 类案参考 looks, and how many of the type's newest finished cases it weighs. */
const YEARS_BACK = 3;
const CANDIDATE_LIMIT = 2000;

/** The characters that carry a case's wording: no spaces, punctuation, symbols or digits. */
const wordingChars = (text: string): string[] => [...text.replace(/[\s\p{P}\p{S}\d]+/gu, '')];

/** The wording of a case as a set of character pairs (Chinese has no spaces to split words on). */
export function characterPairs(text: string): Set<string> {
  const chars = wordingChars(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** Shared pairs over the geometric mean of the two sizes: 1 for the same wording, 0 for nothing shared. */
export function pairSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared += 1;
  return shared / Math.sqrt(a.size * b.size);
}

/**
 * `pairSimilarity(mine, characterPairs(text))` without building the candidate's set: the pool is up to
 * 2,000 cases per lookup, so only the pairs that also occur in the case on the desk are collected, and
 * the candidate's size is its number of pairs (a repeated pair counts again, which only lowers the score
 * of repetitive text).
 */
export function similarityTo(mine: ReadonlySet<string>, text: string): number {
  if (mine.size === 0) return 0;
  const chars = wordingChars(text);
  if (chars.length < 2) return 0;
  const shared = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = chars[i]! + chars[i + 1]!;
    if (mine.has(pair)) shared.add(pair);
  }
  return shared.size / Math.sqrt(mine.size * (chars.length - 1));
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * 类案参考: how this centre ended disputes like the one on the desk. Same sub-type first, then the
 * wording of title, summary and requests (shared character pairs, which is what the search index's
 * bigram column is made of), among the type's finished cases of the last three years.
 */
export function createSimilarCaseService(deps: Pick<ServiceDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;

  return {
    async similar(caseId: string, limit: number, scope: CaseScope | null): Promise<SimilarCases> {
      const row = await requireCaseRow(db, caseId);
      const key = await caseSimilarityKey(db, row.id);
      const today = todayIn(clock);
      const since = `${Number(today.slice(0, 4)) - YEARS_BACK}${today.slice(4)}`;
      const candidates = await precedentCandidates(db, {
        disputeType: key.dispute_type,
        since,
        excludeId: row.id,
        limit: CANDIDATE_LIMIT,
      });
      const mine = characterPairs(key.text);
      // Wording is compared only with cases the caller may read: a score for another mediator's case
      // would let a 调解员 test guesses about its parties and title (type and sub-type still count).
      const visible = scope
        ? await visibleCaseIds(
            db,
            candidates.map((c) => c.id),
            scope,
          )
        : new Set(candidates.map((c) => c.id));
      const scored = candidates.map((candidate) => ({
        candidate,
        sameSubtype: key.subtype_name !== null && candidate.subtype_name === key.subtype_name,
        similarity: visible.has(candidate.id) ? similarityTo(mine, candidate.text) : 0,
      }));
      scored.sort(
        (a, b) =>
          Number(b.sameSubtype) - Number(a.sameSubtype) ||
          b.similarity - a.similarity ||
          b.candidate.accepted_on.localeCompare(a.candidate.accepted_on),
      );
      const top = scored.slice(0, limit);
      const clauses = await obligationTexts(
        db,
        top.flatMap((s) =>
          visible.has(s.candidate.id) && s.candidate.agreement_id !== null && s.candidate.concluded_on
            ? [s.candidate.agreement_id]
            : [],
        ),
      );

      const items: SimilarCase[] = top.map(({ candidate, sameSubtype, similarity }) => {
        const inScope = visible.has(candidate.id);
        const texts = clauseTexts(candidate, clauses);
        return {
          caseId: inScope ? candidate.uuid : null,
          caseNo: inScope ? candidate.case_no : null,
          title: inScope ? candidate.title : null,
          inScope,
          subtypeName: candidate.subtype_name,
          sameSubtype,
          textSimilarity: Math.round(similarity * 100) / 100,
          ...outcomeOf(candidate),
          // Free text cannot be anonymised reliably (a name written differently, a guarantor, an ID
          // number in the sentence): another mediator's clauses are not shown, only what was agreed
          // in figures (outcome, amount, performance, duration).
          clauses: inScope ? texts : [],
        };
      });

      // The summary line describes the same kind of dispute: the sub-type when the case has one.
      const kind = key.subtype_name ?? DISPUTE_TYPE_LABELS[key.dispute_type as DisputeType];
      const sameKind = scored
        .filter((s) => key.subtype_name === null || s.sameSubtype)
        .map((s) => outcomeOf(s.candidate));
      const successes = sameKind.filter((o) => o.outcome === 'success');
      return {
        disputeType: key.dispute_type as DisputeType,
        items,
        summary: {
          kind,
          years: YEARS_BACK,
          count: sameKind.length,
          success: successes.length,
          medianAmountFen: median(successes.flatMap((o) => (o.amountFen ? [o.amountFen] : []))),
          averageDays:
            sameKind.length === 0
              ? null
              : Math.round(sameKind.reduce((sum, o) => sum + o.durationDays, 0) / sameKind.length),
        },
      };
    },
  };
}

function outcomeOf(candidate: PrecedentRow) {
  const success = candidate.concluded_on !== null;
  const outcomeOn = success ? candidate.concluded_on! : candidate.disposal_on!;
  return {
    outcome: success ? ('success' as const) : ('failed' as const),
    acceptedOn: candidate.accepted_on,
    outcomeOn,
    durationDays: Math.max(0, daysRemaining(candidate.accepted_on, outcomeOn)),
    amountFen: success && candidate.amount_fen ? candidate.amount_fen : null,
    performance: !success
      ? ('none' as const)
      : candidate.performed_on !== null
        ? ('performed' as const)
        : ('not_yet' as const),
  };
}

function clauseTexts(candidate: PrecedentRow, obligations: ReadonlyMap<number, string[]>): string[] {
  if (candidate.agreement_id === null || candidate.concluded_on === null) return [];
  const other = candidate.other_clauses ? (JSON.parse(candidate.other_clauses) as unknown) : [];
  return [
    ...(obligations.get(candidate.agreement_id) ?? []),
    ...(Array.isArray(other) ? other.filter((c): c is string => typeof c === 'string') : []),
  ];
}
