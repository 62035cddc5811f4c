import path from 'node:path';
import { AppError } from '../../../shared/errors.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import type { DocumentTemplateInfo, TemplateEvent } from '../../../shared/types/documents.ts';
import { renderBlankForm } from '../../documents/blankForm.ts';
import type { TemplateId, TemplateManifestEntry } from '../../documents/templateManifest.ts';
import { loadBuiltInTemplates } from '../../documents/templateSource.ts';
import type { TemplateSource } from '../../documents/templateSource.ts';
import { validateTemplate } from '../../documents/validateTemplate.ts';
import {
  deactivateOverride,
  insertTemplateOverride,
  listActiveOverrides,
  nextOverrideVersion,
} from '../../db/queries/documents.ts';
import type { TemplateOverrideRow } from '../../db/queries/documents.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import { readDataFile, sha256Of, writeDataFile } from './documentFiles.ts';

const FRAME: ReadonlySet<TemplateId> = new Set(['dossierCover', 'dossierToc', 'dossierBackCover']);
const EVENT: Partial<Record<TemplateId, TemplateEvent>> = {
  investigationRecord: 'session',
  mediationRecord: 'session',
  followUp: 'followUp',
};

/** The template set in use: built-ins from `templatesDir`, replaced by the active uploads. */
export interface ActiveTemplates {
  readonly source: TemplateSource;
  readonly overrides: ReadonlyMap<TemplateId, TemplateOverrideRow>;
}

export function createTemplateStore(deps: ServiceDeps, templatesDir: string) {
  const { db, clock, newId, dataDir, inTransaction } = deps;
  let builtIn: Promise<TemplateSource> | null = null;
  const base = (): Promise<TemplateSource> => (builtIn ??= loadBuiltInTemplates(templatesDir));

  /**
   * Override files are read only when a template is used, so one damaged upload does not hide the
   * list (or the revert button) of every other template.
   */
  async function active(): Promise<ActiveTemplates> {
    const builtIns = await base();
    const rows = await listActiveOverrides(db);
    const overrides = new Map(rows.map((row) => [row.template_id as TemplateId, row]));
    const source: TemplateSource = {
      manifest: builtIns.manifest,
      entry: (id) => builtIns.entry(id),
      read: async (id) => {
        const row = overrides.get(id);
        if (!row) return builtIns.read(id);
        try {
          return await readDataFile(dataDir, row.relative_path, row.file_sha256);
        } catch {
          throw new AppError(
            'TEMPLATE_INVALID',
            `本中心上传的《${builtIns.entry(id).title}》模板文件已丢失或被改动。请管理员在“设置 → 文书模板”中重新上传，或恢复为内置模板。`,
            { templateId: id, missing: [], unknown: [] },
          );
        }
      },
    };
    return { source, overrides };
  }

  function info(
    entry: TemplateManifestEntry,
    override: TemplateOverrideRow | undefined,
  ): DocumentTemplateInfo {
    return {
      id: entry.id,
      title: entry.title,
      description: entry.description,
      version: entry.version,
      source: override ? 'override' : 'builtin',
      override: override
        ? {
            id: override.uuid,
            version: override.version,
            fileName: override.file_name,
            sha256: override.file_sha256,
            uploadedAt: override.uploaded_at,
            uploadedBy: override.uploaded_by_name,
          }
        : null,
      dossierOnly: FRAME.has(entry.id),
      event: EVENT[entry.id] ?? null,
      placeholders: entry.placeholders.map((spec) => ({
        key: spec.key,
        meaning: spec.meaning,
        required: spec.required,
        repeat: spec.repeat ?? null,
      })),
    };
  }

  async function templateInfo(id: TemplateId): Promise<DocumentTemplateInfo> {
    const { source, overrides } = await active();
    return info(source.entry(id), overrides.get(id));
  }

  return {
    active,

    async list(): Promise<DocumentTemplateInfo[]> {
      const { source, overrides } = await active();
      return source.manifest.templates.map((entry) => info(entry, overrides.get(entry.id)));
    },

    /** The template file in use, to edit in WPS or Word. */
    async file(id: TemplateId): Promise<{ fileName: string; bytes: Uint8Array }> {
      const { source, overrides } = await active();
      const entry = source.entry(id);
      const override = overrides.get(id);
      return {
        fileName: override
          ? `${entry.title}（本中心第${override.version}版）.docx`
          : `${entry.title}（内置模板）.docx`,
        bytes: await source.read(id),
      };
    },

    async blankForm(id: TemplateId): Promise<{ fileName: string; bytes: Uint8Array }> {
      const { source } = await active();
      const entry = source.entry(id);
      return {
        fileName: `${entry.title}（空白）.docx`,
        bytes: await renderBlankForm(await source.read(id), entry),
      };
    },

    /**
     * Validates an administrator's .docx and makes it the active template; the previous upload stays
     * as an inactive version. A template that passes validation but cannot be filled is refused too.
     */
    async upload(
      input: { readonly templateId: TemplateId; readonly fileName: string; readonly base64: string },
      actor: SessionUser | null,
    ): Promise<DocumentTemplateInfo> {
      const entry = (await base()).entry(input.templateId);
      const bytes = new Uint8Array(Buffer.from(input.base64, 'base64'));
      const validation = await validateTemplate(bytes, entry);
      try {
        await renderBlankForm(bytes, entry);
      } catch {
        throw new AppError(
          'TEMPLATE_INVALID',
          `《${entry.title}》模板无法填写，文件可能已损坏。请在 WPS 或 Word 中重新保存后再上传。`,
          {
            templateId: entry.id,
            missing: [],
            unknown: [],
          },
        );
      }
      const sha256 = sha256Of(bytes);
      const version = await nextOverrideVersion(db, entry.id);
      const relativePath = `templates/${entry.id}/v${version}-${sha256.slice(0, 12)}.docx`;
      await writeDataFile(dataDir, relativePath, bytes);
      await inTransaction(async (trx) => {
        const now = clock.now().toISOString();
        await deactivateOverride(trx, entry.id, now);
        await insertTemplateOverride(trx, {
          uuid: newId(),
          template_id: entry.id,
          version,
          relative_path: relativePath,
          file_name: path.basename(input.fileName).slice(0, 200) || entry.file,
          file_sha256: sha256,
          byte_size: bytes.byteLength,
          placeholders: JSON.stringify(validation.placeholders),
          uploaded_at: now,
          uploaded_by_user_id: actor?.rowId ?? null,
          uploaded_by_name: actor?.displayName ?? '系统',
        });
      });
      return templateInfo(entry.id);
    },

    /** Back to the built-in template; uploaded versions stay on disk and in the table. */
    async revert(id: TemplateId): Promise<DocumentTemplateInfo> {
      await deactivateOverride(db, id, clock.now().toISOString());
      return templateInfo(id);
    },
  };
}

export type TemplateStore = ReturnType<typeof createTemplateStore>;
