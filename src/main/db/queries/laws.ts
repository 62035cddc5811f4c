import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { matchExpression, type SearchPlan } from '../../../shared/search/searchTerms.ts';
import type { ArticleRef, LawArticle, LawChapter, LawSummary } from '../../../shared/types/laws.ts';

/**
 * The statute library's SQL (migration law_library). Laws change only by loading a whole file, so the
 * two full-text indexes are filled here, in the loading transaction, rather than by triggers.
 */

export interface LawFileInput {
  readonly fileName: string;
  readonly part: string | null;
  readonly sha256: string;
  readonly content: string;
}

export interface ArticleInput {
  readonly number: number;
  readonly label: string;
  readonly chapter: string;
  readonly text: string;
}

export interface LawWrite {
  readonly title: string;
  readonly versionDate: string | null;
  readonly source: 'builtin' | 'admin';
  readonly loadedAt: string;
  readonly loadedBy: string | null;
  readonly files: readonly LawFileInput[];
  readonly articles: readonly ArticleInput[];
}

export async function lawFileHashes(
  db: Kysely<Database>,
): Promise<{ title: string; source: 'builtin' | 'admin'; file_name: string; sha256: string }[]> {
  return db
    .selectFrom('law_file')
    .innerJoin('law', 'law.id', 'law_file.law_id')
    .select(['law.title', 'law.source', 'law_file.file_name', 'law_file.sha256'])
    .execute();
}

export async function deleteLaw(db: Kysely<Database>, title: string): Promise<void> {
  const law = await db.selectFrom('law').select('id').where('title', '=', title).executeTakeFirst();
  if (!law) return;
  const ids = sql`(SELECT id FROM law_article WHERE law_id = ${law.id})`;
  await sql`DELETE FROM law_search_tri WHERE rowid IN ${ids}`.execute(db);
  await sql`DELETE FROM law_search_gram WHERE rowid IN ${ids}`.execute(db);
  await db.deleteFrom('law_article').where('law_id', '=', law.id).execute();
  await db.deleteFrom('law_file').where('law_id', '=', law.id).execute();
  await db.deleteFrom('law').where('id', '=', law.id).execute();
}

/** Replaces a law (all its files and articles) in the caller's transaction; returns its id. */
export async function writeLaw(db: Kysely<Database>, law: LawWrite): Promise<number> {
  await deleteLaw(db, law.title);
  const { id } = await db
    .insertInto('law')
    .values({
      title: law.title,
      version_date: law.versionDate,
      source: law.source,
      article_count: law.articles.length,
      loaded_at: law.loadedAt,
      loaded_by: law.loadedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const file of law.files) {
    await db
      .insertInto('law_file')
      .values({
        law_id: id,
        file_name: file.fileName,
        part: file.part,
        sha256: file.sha256,
        content: file.content,
      })
      .execute();
  }
  // Chunks of rows per statement: a law is up to 1,260 articles, loaded in one go.
  for (let i = 0; i < law.articles.length; i += 200) {
    await db
      .insertInto('law_article')
      .values(
        law.articles.slice(i, i + 200).map((a) => ({
          law_id: id,
          number: a.number,
          label: a.label,
          chapter: a.chapter,
          text: a.text,
        })),
      )
      .execute();
  }
  // Both indexes filled from the rows just written, one statement each. The pair index splits the
  // text the way the case index does (every character, then the pair starting at it), with the same
  // positions table (migration 0004), so both are searched with the same terms.
  await sql`
    INSERT INTO law_search_tri (rowid, heading, text)
    SELECT a.id, ${law.title} || ' ' || a.label || ' ' || a.chapter, a.text FROM law_article a WHERE a.law_id = ${id}`.execute(
    db,
  );
  await sql`
    INSERT INTO law_search_gram (rowid, grams)
    WITH doc AS MATERIALIZED (
      SELECT a.id, ${law.title} || ' ' || a.label || ' ' || a.chapter || ' ' || a.text AS t FROM law_article a WHERE a.law_id = ${id})
    SELECT doc.id, group_concat(substr(doc.t, search_position.n, 1) || ' ' || substr(doc.t, search_position.n, 2), ' ')
    FROM doc JOIN search_position ON search_position.n <= length(doc.t) GROUP BY doc.id`.execute(db);
  return id;
}

export async function listLaws(db: Kysely<Database>): Promise<LawSummary[]> {
  const laws = await db.selectFrom('law').selectAll().orderBy('title').execute();
  const files = await db
    .selectFrom('law_file')
    .select(['law_id', 'file_name'])
    .orderBy('file_name')
    .execute();
  return laws.map((law) => ({
    id: law.id,
    title: law.title,
    versionDate: law.version_date,
    source: law.source,
    articleCount: law.article_count,
    loadedAt: law.loaded_at,
    loadedBy: law.loaded_by,
    files: files.filter((f) => f.law_id === law.id).map((f) => f.file_name),
  }));
}

export async function lawChapters(db: Kysely<Database>, lawId: number): Promise<LawChapter[]> {
  const rows = await db
    .selectFrom('law_article')
    .select([
      'chapter',
      sql<number>`min(number)`.as('first'),
      sql<number>`max(number)`.as('last'),
      sql<number>`count(*)`.as('n'),
    ])
    .where('law_id', '=', lawId)
    .groupBy('chapter')
    .orderBy(sql`min(number)`)
    .execute();
  return rows.map((r) => ({
    chapter: r.chapter,
    firstNumber: r.first,
    lastNumber: r.last,
    articleCount: r.n,
  }));
}

function articleQuery(db: Kysely<Database>) {
  return db
    .selectFrom('law_article')
    .innerJoin('law', 'law.id', 'law_article.law_id')
    .select([
      'law_article.id',
      'law_article.law_id',
      'law.title',
      'law.version_date',
      'law_article.number',
      'law_article.label',
      'law_article.chapter',
      'law_article.text',
    ]);
}

type ArticleRow = Awaited<ReturnType<ReturnType<typeof articleQuery>['execute']>>[number];

function toArticle(row: ArticleRow): LawArticle {
  return {
    id: row.id,
    lawId: row.law_id,
    lawTitle: row.title,
    versionDate: row.version_date,
    number: row.number,
    label: row.label,
    chapter: row.chapter,
    text: row.text,
  };
}

export async function articlesInRange(
  db: Kysely<Database>,
  lawId: number,
  first: number,
  last: number,
): Promise<LawArticle[]> {
  const rows = await articleQuery(db)
    .where('law_article.law_id', '=', lawId)
    .where('law_article.number', '>=', first)
    .where('law_article.number', '<=', last)
    .orderBy('law_article.number')
    .execute();
  return rows.map(toArticle);
}

export async function articlesByIds(db: Kysely<Database>, ids: readonly number[]): Promise<LawArticle[]> {
  if (ids.length === 0) return [];
  const rows = await articleQuery(db).where('law_article.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toArticle(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The articles named, in the order named; references to articles not in the library are left out. */
export async function articlesByRefs(
  db: Kysely<Database>,
  refs: readonly ArticleRef[],
): Promise<LawArticle[]> {
  if (refs.length === 0) return [];
  const pairs = sql.join(refs.map((r) => sql`(${r.lawTitle}, ${r.number})`));
  const rows = await articleQuery(db)
    .where(sql<boolean>`(law.title, law_article.number) IN (VALUES ${pairs})`)
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.title}#${r.number}`, toArticle(r)]));
  return refs.flatMap((r) => byKey.get(`${r.lawTitle}#${r.number}`) ?? []);
}

/**
 * One page of articles matching every term, ranked: 3+ character terms through the trigram index
 * (bm25, a hit in the law's name or the article number counting most), 1–2 character terms through the
 * single-character-and-pair index. Terms are always quoted phrases, never FTS syntax.
 */
export async function searchArticleIds(
  db: Kysely<Database>,
  plan: SearchPlan,
  options: { readonly limit: number; readonly offset: number; readonly lawId: number | null },
): Promise<{ ids: number[]; total: number }> {
  const conditions = [];
  let from;
  let rowid;
  if (plan.long.length > 0) {
    from = sql`law_search_tri`;
    rowid = sql`law_search_tri.rowid`;
    conditions.push(sql`law_search_tri MATCH ${matchExpression(plan.long)}`);
    if (plan.short.length > 0) {
      conditions.push(
        sql`${rowid} IN (SELECT rowid FROM law_search_gram WHERE law_search_gram MATCH ${matchExpression(plan.short)})`,
      );
    }
  } else if (plan.short.length > 0) {
    from = sql`law_search_gram`;
    rowid = sql`law_search_gram.rowid`;
    conditions.push(sql`law_search_gram MATCH ${matchExpression(plan.short)}`);
  } else {
    return { ids: [], total: 0 };
  }
  if (options.lawId !== null) {
    conditions.push(sql`${rowid} IN (SELECT id FROM law_article WHERE law_id = ${options.lawId})`);
  }
  const where = sql.join(conditions, sql` AND `);
  const counted = await sql<{ n: number }>`SELECT count(*) AS n FROM ${from} WHERE ${where}`.execute(db);
  const order = plan.long.length > 0 ? sql`bm25(law_search_tri, 5.0, 1.0), ${rowid}` : sql`${rowid}`;
  const page = await sql<{
    id: number;
  }>`SELECT ${rowid} AS id FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${options.limit} OFFSET ${options.offset}`.execute(
    db,
  );
  return { ids: page.rows.map((r) => r.id), total: counted.rows[0]?.n ?? 0 };
}

export async function lawTopicRows(db: Kysely<Database>): Promise<
  {
    dispute_type: string;
    subtype_name: string;
    articles: string;
    updated_at: string;
    updated_by: string | null;
  }[]
> {
  return db.selectFrom('law_topic').selectAll().execute();
}

export async function saveLawTopic(
  db: Kysely<Database>,
  row: {
    disputeType: string;
    subtypeName: string;
    articles: readonly ArticleRef[] | null;
    at: string;
    by: string;
  },
): Promise<void> {
  await db
    .deleteFrom('law_topic')
    .where('dispute_type', '=', row.disputeType)
    .where('subtype_name', '=', row.subtypeName)
    .execute();
  if (row.articles === null) return; // back to the shipped list
  await db
    .insertInto('law_topic')
    .values({
      dispute_type: row.disputeType,
      subtype_name: row.subtypeName,
      articles: JSON.stringify(row.articles),
      updated_at: row.at,
      updated_by: row.by,
    })
    .execute();
}

/** The dispute type and sub-type name of a case, for its 相关法条. */
export async function caseTopicKey(
  db: Kysely<Database>,
  caseRowId: number,
): Promise<{ disputeType: string; subtypeName: string | null }> {
  const row = await db
    .selectFrom('dispute_case')
    .leftJoin('dispute_subtype', 'dispute_subtype.id', 'dispute_case.dispute_subtype_id')
    .select(['dispute_case.dispute_type', 'dispute_subtype.name'])
    .where('dispute_case.id', '=', caseRowId)
    .executeTakeFirstOrThrow();
  return { disputeType: row.dispute_type, subtypeName: row.name };
}

/** Every sub-type name in use under each dispute type (seeded and local ones). */
export async function subtypeNames(db: Kysely<Database>): Promise<{ dispute_type: string; name: string }[]> {
  return db.selectFrom('dispute_subtype').select(['dispute_type', 'name']).orderBy('sort_order').execute();
}
