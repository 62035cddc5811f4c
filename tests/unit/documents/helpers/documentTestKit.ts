import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createOfficeTools } from '../../../../src/main/documents/office/officeTools.ts';
import type { OfficeTools } from '../../../../src/main/documents/office/officeTools.ts';
import { loadBuiltInTemplates } from '../../../../src/main/documents/templateSource.ts';
import type { TemplateSource } from '../../../../src/main/documents/templateSource.ts';
import type { TemplateId } from '../../../../src/main/documents/templateManifest.ts';
import type { CaseDocumentData } from '../../../../src/main/documents/caseDocumentData.ts';
import { oralAgreementCase, refusedCase, sampleCase, terminatedCase } from '../../../fixtures/sampleCase.ts';

const run = promisify(execFile);

export const TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates/', import.meta.url));

export const OFFICE_PATHS = {
  soffice: '/usr/bin/soffice',
  pdfunite: '/usr/bin/pdfunite',
  pdfinfo: '/usr/bin/pdfinfo',
};

export const hasOffice =
  Object.values(OFFICE_PATHS).every((path) => existsSync(path)) && existsSync('/usr/bin/pdftotext');

export function officeTools(): OfficeTools {
  return createOfficeTools(OFFICE_PATHS, { tempDir: tmpdir() });
}

export function builtInTemplates(): Promise<TemplateSource> {
  return loadBuiltInTemplates(TEMPLATES_DIR);
}

export const fixedClock = { now: () => new Date('2026-12-18T02:00:00Z') };

let counter = 0;
/** Deterministic UUIDs for documents made in tests. */
export function testIds(): () => string {
  return () => {
    counter += 1;
    return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  };
}

/** pdftotext of a PDF, with all whitespace removed (pdftotext spaces CJK and Latin text apart). */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mdesk-pdftext-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return compact(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * pdftotext page by page (whitespace removed), optionally only a region given in points from the top-left
 * corner, e.g. the top-right corner where the 卷内文件页号 is stamped.
 */
export async function pdfPageTexts(
  pdf: Uint8Array,
  region?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'mdesk-pdfpages-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const crop = region
      ? [
          '-x',
          String(region.x),
          '-y',
          String(region.y),
          '-W',
          String(region.width),
          '-H',
          String(region.height),
        ]
      : [];
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', ...crop, join(dir, 'in.pdf'), '-'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    // pdftotext ends every page with a form feed.
    return stdout.split('\f').slice(0, -1).map(compact);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** The fixture variant each template is filled from (the sample case has neither refusal nor termination). */
export function caseFor(id: TemplateId): CaseDocumentData {
  if (id === 'terminationNotice') return terminatedCase;
  if (id === 'refusalNotice') return refusedCase;
  if (id === 'oralAgreement') return oralAgreementCase;
  return sampleCase;
}
