import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import { planSearch } from '../../../shared/search/searchTerms.ts';
import { makeSnippet } from '../../../shared/search/snippet.ts';
import {
  articleNumberProblems,
  LawFormatError,
  parseLawText,
  type ParsedLawFile,
} from '../../../shared/laws/parseLawText.ts';
import { articleReferenceQuery } from '../../../shared/laws/articleReference.ts';
import type { LawSearchResult, LawSummary } from '../../../shared/types/laws.ts';
import {
  articlesByIds,
  articlesInRange,
  deleteLaw,
  lawChapters,
  lawFileHashes,
  listLaws,
  searchArticleIds,
  writeLaw,
  type LawFileInput,
} from '../../db/queries/laws.ts';
import type { ServiceDeps } from '../serviceDeps.ts';

export type LawLibraryService = ReturnType<typeof createLawLibraryService>;

interface LoadedFile extends LawFileInput {
  readonly parsed: ParsedLawFile;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The shipped statute files: every `.md` in the folder except its own notes. */
function readShippedFiles(lawsDir: string): LoadedFile[] {
  if (!fs.existsSync(lawsDir)) return [];
  return fs
    .readdirSync(lawsDir)
    .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md' && name !== 'README.md')
    .sort()
    .map((fileName) => {
      const content = fs.readFileSync(path.join(lawsDir, fileName), 'utf8');
      const parsed = parseLawText(fileName, content);
      return { fileName, part: parsed.part, sha256: sha256(content), content, parsed };
    });
}

function groupByTitle(files: readonly LoadedFile[]): Map<string, LoadedFile[]> {
  const byTitle = new Map<string, LoadedFile[]>();
  for (const file of files) byTitle.set(file.parsed.title, [...(byTitle.get(file.parsed.title) ?? []), file]);
  return byTitle;
}

/** One law from its files (several for a code split by 编): articles in number order, the newest version date. */
function assemble(title: string, files: readonly LoadedFile[]) {
  const articles = files
    .flatMap((f) => f.parsed.articles)
    .sort((a, b) => a.number - b.number)
    .map((a) => ({ number: a.number, label: a.label, chapter: a.chapter.join(' / '), text: a.text }));
  const dates = files.map((f) => f.parsed.versionDate).filter((d): d is string => d !== null);
  return { title, articles, versionDate: dates.length > 0 ? dates.sort().at(-1)! : null };
}

/**
 * The 法条 library. Shipped texts are loaded on first use (not at every start: most calls never need
 * them, and a test core would pay for 3,000 articles it never reads), and again whenever a release ships
 * a changed file. An administrator's file for a law replaces the shipped one until reverted.
 */
export function createLawLibraryService(deps: ServiceDeps, options: { readonly lawsDir: string }) {
  const { db, inTransaction, clock } = deps;
  let synced = false;

  async function ensureLoaded(): Promise<void> {
    if (synced) return;
    const shipped = groupByTitle(readShippedFiles(options.lawsDir));
    const stored = await lawFileHashes(db);
    const stale = [...shipped].filter(([title, files]) => {
      const rows = stored.filter((r) => r.title === title);
      if (rows.some((r) => r.source === 'admin')) return false; // the administrator's text stands
      const have = rows
        .map((r) => `${r.file_name}:${r.sha256}`)
        .sort()
        .join('|');
      const want = files
        .map((f) => `${f.fileName}:${f.sha256}`)
        .sort()
        .join('|');
      return have !== want;
    });
    if (stale.length > 0) {
      const at = clock.now().toISOString();
      await inTransaction(async () => {
        for (const [title, files] of stale) {
          await writeLaw(db, {
            ...assemble(title, files),
            source: 'builtin',
            loadedAt: at,
            loadedBy: null,
            files,
          });
        }
      });
    }
    synced = true;
  }

  async function requireLaw(lawId: number): Promise<LawSummary> {
    const law = (await listLaws(db)).find((l) => l.id === lawId);
    if (!law) throw new AppError('NOT_FOUND', '没有找到这部法律法规，可能已被管理员替换，请刷新后重试。');
    return law;
  }

  return {
    ensureLoaded,

    async list(): Promise<LawSummary[]> {
      await ensureLoaded();
      return listLaws(db);
    },

    // A law's id comes from law.list, which loads the library; an unknown id is refused before loading,
    // so a failed read never writes.
    async chapters(lawId: number) {
      await requireLaw(lawId);
      await ensureLoaded();
      const law = await requireLaw(lawId);
      return { law, chapters: await lawChapters(db, lawId) };
    },

    async articles(lawId: number, first: number, last: number) {
      await requireLaw(lawId);
      await ensureLoaded();
      await requireLaw(lawId);
      return articlesInRange(db, lawId, first, last);
    },

    /** Any length of term, every term required, ranked; `民法典 288条` finds the article by its number. */
    async search(input: {
      readonly q: string;
      readonly lawId?: number | undefined;
      readonly page: number;
      readonly pageSize: number;
    }): Promise<LawSearchResult> {
      await ensureLoaded();
      const plan = planSearch(articleReferenceQuery(input.q), { exactIdentifiers: false });
      const { ids, total } = await searchArticleIds(db, plan, {
        limit: input.pageSize,
        offset: (input.page - 1) * input.pageSize,
        lawId: input.lawId ?? null,
      });
      const articles = await articlesByIds(db, ids);
      const terms = [...plan.long, ...plan.short];
      return {
        terms: plan.terms,
        total,
        hits: articles.map((article) => ({
          article,
          snippet: makeSnippet(article.text, terms, 40) ?? [{ text: article.text.slice(0, 120), hit: false }],
        })),
      };
    },

    /**
     * An administrator's file for a law that was amended. A file carrying a 编 (the 民法典) replaces that
     * 编 only; any other file replaces the whole law. The result must still number its articles 1…N.
     */
    async importFile(input: { readonly fileName: string; readonly content: string }, actor: string) {
      await ensureLoaded();
      let parsed: ParsedLawFile;
      try {
        parsed = parseLawText(input.fileName, input.content);
      } catch (error) {
        if (error instanceof LawFormatError) {
          throw new AppError('INVALID_INPUT', error.message, { fields: { content: error.message } });
        }
        throw error;
      }
      const file: LoadedFile = {
        fileName: input.fileName,
        part: parsed.part,
        sha256: sha256(input.content),
        content: input.content,
        parsed,
      };
      const existing = await db
        .selectFrom('law_file')
        .innerJoin('law', 'law.id', 'law_file.law_id')
        .select(['law_file.file_name', 'law_file.part', 'law_file.content'])
        .where('law.title', '=', parsed.title)
        .execute();
      const kept: LoadedFile[] =
        parsed.part === null
          ? []
          : existing
              .filter((row) => row.part !== parsed.part)
              .map((row) => ({
                fileName: row.file_name,
                part: row.part,
                sha256: sha256(row.content),
                content: row.content,
                parsed: parseLawText(row.file_name, row.content),
              }));
      const files = [...kept, file];
      const law = assemble(parsed.title, files);
      // A replacement much shorter than the text it replaces is a truncated or wrong file, not an
      // amendment (amendments renumber, they do not drop half a law); a code kept by 编 is replaced by 编.
      const current = (await listLaws(db)).find((l) => l.title === parsed.title);
      if (current && parsed.part === null && existing.some((row) => row.part !== null)) {
        throw new AppError(
          'INVALID_INPUT',
          `《${parsed.title}》按编保存，请按编导入（文件第二行写“# 某某编”）。`,
          {
            fields: { content: '请按编导入' },
          },
        );
      }
      if (current && law.articles.length * 2 < current.articleCount) {
        const message = `新文本只有 ${law.articles.length} 条，而现有的《${parsed.title}》有 ${current.articleCount} 条；请检查文件是否完整。`;
        throw new AppError('INVALID_INPUT', message, { fields: { content: message } });
      }
      const problems = articleNumberProblems(
        parsed.title,
        files.flatMap((f) => f.parsed.articles),
      );
      if (problems.length > 0) {
        throw new AppError('INVALID_INPUT', `${problems[0]!}请检查文件是否完整。`, {
          fields: { content: problems[0] },
        });
      }
      await writeLaw(db, {
        ...law,
        source: 'admin',
        loadedAt: clock.now().toISOString(),
        loadedBy: actor,
        files,
      });
      return (await listLaws(db)).find((l) => l.title === parsed.title)!;
    },

    /** Back to the text shipped with the program (or removed, for a law the program does not ship). */
    async revert(lawId: number) {
      await ensureLoaded();
      const law = await requireLaw(lawId);
      if (law.source !== 'admin')
        throw new AppError('INVALID_STATE', '这部法律法规使用的就是程序自带的文本，无需恢复。');
      await deleteLaw(db, law.title);
      synced = false;
      await ensureLoaded();
      return listLaws(db);
    },
  };
}
