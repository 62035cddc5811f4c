import { AppError } from '../../../shared/errors.ts';
import {
  DEFAULT_SUBTYPE_ARTICLES,
  DEFAULT_TYPE_ARTICLES,
  GENERAL_MEDIATION_ARTICLES,
} from '../../../shared/laws/defaultLawTopics.ts';
import { refKey } from '../../../shared/laws/articleReference.ts';
import {
  DISPUTE_TYPE_LABELS,
  DISPUTE_TYPES,
  type DisputeType,
} from '../../../shared/types/disputeTaxonomy.ts';
import type { ArticleRef, CaseLaws, LawTopic } from '../../../shared/types/laws.ts';
import { requireCaseRow } from '../../db/queries/caseRows.ts';
import {
  articlesByRefs,
  caseTopicKey,
  lawTopicRows,
  saveLawTopic,
  subtypeNames,
} from '../../db/queries/laws.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import type { LawLibraryService } from './lawLibraryService.ts';

export type LawTopicService = ReturnType<typeof createLawTopicService>;

function shipped(disputeType: DisputeType, subtypeName: string): readonly ArticleRef[] {
  return subtypeName === ''
    ? DEFAULT_TYPE_ARTICLES[disputeType]
    : (DEFAULT_SUBTYPE_ARTICLES[subtypeName] ?? []);
}

/**
 * Which articles go with which dispute: the list shipped in code, unless an administrator saved their
 * own for that type or sub-type. Every article in a saved list must exist in the library.
 */
export function createLawTopicService(deps: ServiceDeps, library: LawLibraryService) {
  const { db, clock } = deps;

  async function topicMap(): Promise<Map<string, LawTopic>> {
    const custom = new Map(
      (await lawTopicRows(db)).map((row): [string, typeof row] => [
        `${row.dispute_type}|${row.subtype_name}`,
        row,
      ]),
    );
    const topics = new Map<string, LawTopic>();
    const add = (disputeType: DisputeType, subtypeName: string) => {
      const key = `${disputeType}|${subtypeName}`;
      const row = custom.get(key);
      topics.set(key, {
        disputeType,
        subtypeName,
        source: row ? 'custom' : 'default',
        articles: row ? (JSON.parse(row.articles) as ArticleRef[]) : shipped(disputeType, subtypeName),
      });
    };
    for (const type of DISPUTE_TYPES) add(type, '');
    for (const sub of await subtypeNames(db)) add(sub.dispute_type as DisputeType, sub.name);
    return topics;
  }

  return {
    async list(): Promise<LawTopic[]> {
      await library.ensureLoaded();
      return [...(await topicMap()).values()];
    },

    async save(
      input: {
        readonly disputeType: DisputeType;
        readonly subtypeName: string;
        readonly articles: readonly ArticleRef[] | null;
      },
      actor: string,
    ): Promise<LawTopic> {
      await library.ensureLoaded();
      const key = `${input.disputeType}|${input.subtypeName}`;
      if (!(await topicMap()).has(key)) {
        throw new AppError(
          'INVALID_INPUT',
          `“${DISPUTE_TYPE_LABELS[input.disputeType]}”下没有名为“${input.subtypeName}”的子类。`,
          {
            fields: { subtypeName: '没有这个子类' },
          },
        );
      }
      if (input.articles) {
        const unique = [...new Map(input.articles.map((r) => [refKey(r), r])).values()];
        const found = await articlesByRefs(db, unique);
        const foundKeys = new Set(found.map((a) => refKey({ lawTitle: a.lawTitle, number: a.number })));
        const missing = unique.filter((r) => !foundKeys.has(refKey(r)));
        if (missing.length > 0) {
          const names = missing.map((r) => `《${r.lawTitle}》第${r.number}条`).join('、');
          throw new AppError('INVALID_INPUT', `法条库中没有：${names}。`, { fields: { articles: names } });
        }
        await saveLawTopic(db, { ...input, articles: unique, at: clock.now().toISOString(), by: actor });
      } else {
        await saveLawTopic(db, { ...input, articles: null, at: clock.now().toISOString(), by: actor });
      }
      return (await topicMap()).get(key)!;
    },

    /** 相关法条: the sub-type's articles, then the type's, then those every agreement relies on. */
    async forCase(caseId: string): Promise<CaseLaws> {
      const row = await requireCaseRow(db, caseId); // before loading: a failed read never writes
      await library.ensureLoaded();
      const { disputeType, subtypeName } = await caseTopicKey(db, row.id);
      const type = disputeType as DisputeType;
      const topics = await topicMap();
      const groups: { reason: string; refs: readonly ArticleRef[] }[] = [];
      if (subtypeName) {
        groups.push({
          reason: `子类“${subtypeName}”`,
          refs: topics.get(`${type}|${subtypeName}`)?.articles ?? [],
        });
      }
      groups.push({ reason: DISPUTE_TYPE_LABELS[type], refs: topics.get(`${type}|`)?.articles ?? [] });
      groups.push({ reason: '调解协议', refs: GENERAL_MEDIATION_ARTICLES });
      const seen = new Set<string>();
      const articles: CaseLaws['articles'][number][] = [];
      for (const group of groups) {
        for (const article of await articlesByRefs(db, group.refs)) {
          const key = refKey({ lawTitle: article.lawTitle, number: article.number });
          if (seen.has(key)) continue;
          seen.add(key);
          articles.push({ ...article, reason: group.reason });
        }
      }
      return { disputeType: type, subtypeName, articles };
    },
  };
}
