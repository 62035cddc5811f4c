import type { ParsedInputOf } from '../../shared/api/contract.ts';
import { ROLES_SEEING_PERSONAL_DATA } from '../../shared/api/roles.ts';
import type { SessionUser } from '../../shared/types/account.ts';
import {
  SEARCH_COUNT_CAP,
  type SearchField,
  type SearchHit,
  type SearchResult,
} from '../../shared/types/search.ts';
import { planSearch } from '../../shared/search/searchTerms.ts';
import { makeSnippet } from '../../shared/search/snippet.ts';
import { maskIdNumber, maskPhone } from '../../shared/format/maskPersonalData.ts';
import { getCaseSummaryRows, rowToSummary } from '../db/queries/cases.ts';
import type { CaseScope } from '../db/queries/caseAccess.ts';
import { loadSearchSources, matchingIdentifiers, searchCaseIds } from '../db/queries/search.ts';
import type { CaseSearchSourceView } from '../db/searchTables.ts';
import type { ServiceDeps } from './serviceDeps.ts';

export type SearchService = ReturnType<typeof createSearchService>;

/** Fields in the order a snippet is looked for: the most telling place a term occurs. */
const SNIPPET_FIELDS = ['case_no', 'names', 'refs', 'summary', 'agreement', 'minutes'] as const;
/**
 * Free text (summaries, clauses, minutes) can hold addresses and health details that masking by
 * field name cannot find, so roles that do not handle cases get snippets from the labelled fields only.
 */
const LABELLED_FIELDS = ['case_no', 'names', 'refs'] as const;

export function createSearchService(deps: Pick<ServiceDeps, 'db' | 'refreshSearchIndex'>) {
  const { db, refreshSearchIndex } = deps;

  function snippetOf(
    source: CaseSearchSourceView | undefined,
    terms: readonly string[],
    fields: readonly (typeof SNIPPET_FIELDS)[number][],
  ) {
    for (const field of fields) {
      const parts = makeSnippet(source?.[field] ?? '', terms);
      if (parts) return { field, snippet: parts };
    }
    return null;
  }

  return {
    /**
     * The search box: every term must match somewhere in the case (AND). Only roles that see personal
     * data may look cases up by ID number or phone; for others such a term is ordinary text, which the
     * indexes do not contain.
     */
    async search(
      input: ParsedInputOf<'search.cases'>,
      user: SessionUser | null,
      scope: CaseScope | null,
    ): Promise<SearchResult> {
      refreshSearchIndex(); // saves leave their cases noted, not indexed
      const seesPersonalData = user !== null && ROLES_SEEING_PERSONAL_DATA.has(user.role);
      const plan = planSearch(input.q, { exactIdentifiers: seesPersonalData });
      const page = await searchCaseIds(db, plan, {
        limit: input.pageSize,
        offset: (input.page - 1) * input.pageSize,
        cap: SEARCH_COUNT_CAP,
        scope,
      });
      const sources = new Map((await loadSearchSources(db, page.caseIds)).map((s) => [s.case_id, s]));
      const summaries = new Map((await getCaseSummaryRows(db, page.caseIds)).map((row) => [row.id, row]));
      const hits: SearchHit[] = [];
      for (const caseId of page.caseIds) {
        const row = summaries.get(caseId);
        if (!row) continue;
        let found: { field: SearchField; snippet: SearchHit['snippet'] } | null = snippetOf(
          sources.get(caseId),
          [...plan.long, ...plan.short],
          seesPersonalData ? SNIPPET_FIELDS : LABELLED_FIELDS,
        );
        if (!found && (plan.idNumbers.length > 0 || plan.phones.length > 0)) {
          // Shown masked like every ID number and phone the API returns (domain §7.5); the match is the number.
          const ids = await matchingIdentifiers(db, caseId, [...plan.idNumbers, ...plan.phones]);
          found = {
            field: 'identifier',
            snippet: ids.flatMap((m, i) => [
              { text: `${i > 0 ? '；' : ''}${m.name} `, hit: false },
              { text: m.kind === 'id' ? maskIdNumber(m.value) : maskPhone(m.value), hit: true },
            ]),
          };
        }
        hits.push({
          case: rowToSummary(row),
          field: found?.field ?? 'summary',
          snippet: found?.snippet ?? [],
        });
      }
      return { terms: plan.terms, hits, total: page.total, totalCapped: page.totalCapped, order: page.order };
    },
  };
}
