import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import type {
  CaseDocumentInfo,
  DocumentFile,
  DocumentTemplateId,
  MissingItem,
} from '../../../shared/types/documents.ts';
import type { CaseDocumentRow } from '../../db/queries/documents.ts';
import { resolveInside } from '../../files/safePath.ts';

/** A recorded file's place under the data dir; a path leading outside it is refused, never followed. */
function dataFileOf(dataDir: string, relativePath: string): string {
  const target = resolveInside(dataDir, relativePath);
  if (target === null) {
    throw new AppError('INVALID_STATE', '文书记录中的文件位置不在数据文件夹内，已拒绝读取。请重新生成。', {
      path: relativePath,
    });
  }
  return target;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME = 'application/pdf';
export const ZIP_MIME = 'application/zip';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes a file under the data dir through a temporary name and a rename, so a crash never leaves a
 * half-written document where a record points. Relative paths use `/` on every system.
 */
export async function writeDataFile(dataDir: string, relativePath: string, bytes: Uint8Array): Promise<void> {
  const target = dataFileOf(dataDir, relativePath);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, target);
}

/** Reads a recorded file and checks it still has the recorded SHA-256 (a changed file is not served). */
export async function readDataFile(
  dataDir: string,
  relativePath: string,
  sha256: string,
): Promise<Uint8Array> {
  const file = dataFileOf(dataDir, relativePath);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch {
    throw new AppError(
      'NOT_FOUND',
      '文书文件不在数据文件夹中，可能已被移走或删除。请从备份恢复，或重新生成。',
      {
        path: relativePath,
      },
    );
  }
  if (sha256Of(bytes) !== sha256) {
    throw new AppError('INVALID_STATE', '文书文件与生成时的记录不一致（已被改动），不能使用。请重新生成。', {
      path: relativePath,
    });
  }
  return bytes;
}

export function fileResult(fileName: string, mimeType: string, bytes: Uint8Array): DocumentFile {
  return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}

export function rowToInfo(row: CaseDocumentRow): CaseDocumentInfo {
  return {
    id: row.uuid,
    caseId: row.case_uuid,
    kind: row.kind === 'dossier' ? 'dossier' : 'document',
    templateId: row.template_id as DocumentTemplateId | 'dossier',
    templateVersion: row.template_version,
    templateOverrideVersion: row.override_version,
    title: row.title,
    mode: row.mode === 'draft' ? 'draft' : 'final',
    version: row.version,
    sessionId: row.session_uuid,
    followUpId: row.follow_up_uuid,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sha256: row.file_sha256,
    byteSize: row.byte_size,
    contentHash: row.content_hash,
    missing: JSON.parse(row.missing) as MissingItem[],
    generatedAt: row.generated_at,
    generatedBy: row.actor_name,
  };
}
