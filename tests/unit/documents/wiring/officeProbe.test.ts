import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  defaultOfficeCandidates,
  lazyOfficeTools,
} from '../../../../src/main/services/documents/officeProbe.ts';
import { makeTempDir, removeTempDir } from '../../../helpers/tempDir.ts';

let dir: string | null = null;
afterEach(() => {
  if (dir) removeTempDir(dir);
  dir = null;
});

test('LibreOffice and poppler are looked for on PATH (soffice or libreoffice) before the usual install paths', () => {
  const linux = defaultOfficeCandidates({ PATH: '/opt/a:/opt/b' }, 'linux');
  expect(linux.soffice.slice(0, 4)).toEqual([
    '/opt/a/soffice',
    '/opt/a/libreoffice',
    '/opt/b/soffice',
    '/opt/b/libreoffice',
  ]);
  expect(linux.soffice).toContain('/usr/lib/libreoffice/program/soffice');
  expect(linux.pdfunite[0]).toBe('/opt/a/pdfunite');
  expect(linux.pdfinfo).toContain('/usr/bin/pdfinfo');

  const windows = defaultOfficeCandidates(
    { Path: 'C:\\tools', ProgramFiles: 'D:\\Program Files', 'ProgramFiles(x86)': 'D:\\Program Files (x86)' },
    'win32',
  );
  expect(windows.soffice.slice(0, 2)).toEqual(['C:\\tools\\soffice.exe', 'C:\\tools\\libreoffice.exe']);
  expect(windows.soffice).toContain('D:\\Program Files\\LibreOffice\\program\\soffice.exe');
  expect(windows.soffice).toContain('D:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
  expect(windows.soffice).toContain('C:\\Program Files\\LibreOffice\\program\\soffice.exe');
  expect(windows.pdfunite).toContain('D:\\Program Files\\poppler\\Library\\bin\\pdfunite.exe');
});

test('the tools are probed once: found later or not, the first answer stands for the life of the core', async () => {
  dir = makeTempDir('mdesk-probe-');
  const tool = (name: string): string => path.join(dir!, name);
  const office = lazyOfficeTools({
    soffice: [tool('soffice')],
    pdfunite: [tool('pdfunite')],
    pdfinfo: [tool('pdfinfo')],
  });
  expect(await office()).toBeNull();
  for (const name of ['soffice', 'pdfunite', 'pdfinfo'])
    fs.writeFileSync(tool(name), '#!/bin/sh\n', { mode: 0o755 });
  expect(await office()).toBeNull();

  const fresh = lazyOfficeTools({
    soffice: [tool('soffice')],
    pdfunite: [tool('pdfunite')],
    pdfinfo: [tool('pdfinfo')],
  });
  const found = await fresh();
  expect(found).not.toBeNull();
  expect(await fresh()).toBe(found);
});
