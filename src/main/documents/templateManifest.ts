import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { DOCUMENT_TEMPLATE_IDS, type DocumentTemplateId } from '../../shared/types/documents.ts';

/**
 * What `templates/manifest.json` says about each template. The generator writes it from the template
 * definitions; the engine reads it to know which values are required, what they mean in Chinese (for
 * error messages and the administrator's placeholder list) and how to draw blank fill-in lines.
 */

// One list for the engine and the API: the renderer picks templates by the same ids.
export const TEMPLATE_IDS = DOCUMENT_TEMPLATE_IDS;
export type TemplateId = DocumentTemplateId;

export interface PlaceholderSpec {
  /** As typed in the template without braces: `caseNo`, or `parties.name` for a repeated field. */
  readonly key: string;
  /** What it means, in Chinese, as a clerk would name it. */
  readonly meaning: string;
  /** Where the value comes from in `CaseDocumentData`, or `engine` for values the engine makes itself. */
  readonly source: string;
  readonly required: boolean;
  /** For repeated fields: the repeat group (`parties` for `parties.name`). */
  readonly repeat?: string;
  /**
   * Blank forms and drafts draw a fill-in line this many characters wide; 0 leaves it empty, as a table
   * cell already is a space to write in.
   */
  readonly blankWidth: number;
  /** What a blank form prints instead of a line, e.g. "　　年　　月　　日" for a date. */
  readonly blankText?: string;
}

export interface RepeatSpec {
  readonly key: string;
  readonly meaning: string;
  readonly source: string;
  /** Whether at least one row is needed. */
  readonly required: boolean;
  /** How rows are repeated: table rows cloned by docx `PatchType.TABLE_ROWS`. */
  readonly as: 'tableRows';
  /** Empty rows a blank form gets, for handwriting. */
  readonly blankRows: number;
  /** Printed text for some fields of the first blank rows, e.g. the roles 申请人 / 被申请人. */
  readonly blankRowValues?: readonly Readonly<Record<string, string>>[];
}

export interface TemplateManifestEntry {
  readonly id: TemplateId;
  readonly file: string;
  readonly title: string;
  readonly version: number;
  readonly description: string;
  readonly placeholders: readonly PlaceholderSpec[];
  readonly repeats: readonly RepeatSpec[];
}

export interface TemplateManifest {
  readonly schemaVersion: 1;
  readonly templates: readonly TemplateManifestEntry[];
}

/** Placeholders the engine fills on every document (draft mark, trace line, QR code). */
export const ENGINE_PLACEHOLDERS = ['draftMark', 'traceLine', 'traceQr'] as const;

const placeholderSchema = z.object({
  // `parties.name`, or `parties.org.name` for a field printed only for rows of one variant (patchTemplate).
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*){0,2}$/),
  meaning: z.string().min(1),
  source: z.string().min(1),
  required: z.boolean(),
  repeat: z.string().optional(),
  blankWidth: z.number().int().min(0),
  blankText: z.string().optional(),
});

const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  templates: z.array(
    z.object({
      id: z.enum(TEMPLATE_IDS),
      file: z.string().regex(/^[a-z0-9-]+\.docx$/),
      title: z.string().min(1),
      version: z.number().int().positive(),
      description: z.string(),
      placeholders: z.array(placeholderSchema),
      repeats: z.array(
        z.object({
          key: z.string(),
          meaning: z.string(),
          source: z.string(),
          required: z.boolean(),
          as: z.literal('tableRows'),
          blankRows: z.number().int().min(0),
          blankRowValues: z.array(z.record(z.string(), z.string())).optional(),
        }),
      ),
    }),
  ),
});

/** Parses manifest JSON; a broken manifest is a packaging bug, reported as TEMPLATE_INVALID. */
export function parseTemplateManifest(json: string): TemplateManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('TEMPLATE_INVALID', '文书模板清单（manifest.json）不是有效的 JSON。');
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('TEMPLATE_INVALID', '文书模板清单（manifest.json）格式不正确。', {
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
  }
  return parsed.data;
}

export function manifestEntry(manifest: TemplateManifest, id: TemplateId): TemplateManifestEntry {
  const entry = manifest.templates.find((candidate) => candidate.id === id);
  if (!entry) throw new AppError('TEMPLATE_INVALID', `文书模板清单中没有“${id}”。`);
  return entry;
}
