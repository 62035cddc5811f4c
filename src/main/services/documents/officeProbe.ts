import os from 'node:os';
import path from 'node:path';
import {
  createOfficeTools,
  DEFAULT_OFFICE_CANDIDATES,
  probeOfficeTools,
} from '../../documents/office/officeTools.ts';
import type { OfficeTools } from '../../documents/office/officeTools.ts';

/** Where to look for LibreOffice and poppler; tests pass empty lists to take the no-PDF path. */
export interface OfficeCandidates {
  readonly soffice: readonly string[];
  readonly pdfunite: readonly string[];
  readonly pdfinfo: readonly string[];
}

/** Every directory on PATH with each program name, then the usual install locations. */
export function defaultOfficeCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): OfficeCandidates {
  const windows = platform === 'win32';
  const paths = windows ? path.win32 : path.posix;
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(paths.delimiter).filter(Boolean);
  const onPath = (names: readonly string[]): string[] =>
    dirs.flatMap((dir) => names.map((name) => paths.join(dir, windows ? `${name}.exe` : name)));
  const programFiles = [env['ProgramFiles'], env['ProgramFiles(x86)'], 'C:\\Program Files'].filter(
    (dir): dir is string => Boolean(dir),
  );
  const windowsOffice = windows
    ? programFiles.map((dir) => paths.join(dir, 'LibreOffice', 'program', 'soffice.exe'))
    : [];
  const windowsPoppler = (tool: string): string[] =>
    windows ? programFiles.map((dir) => paths.join(dir, 'poppler', 'Library', 'bin', `${tool}.exe`)) : [];
  return {
    soffice: [...onPath(['soffice', 'libreoffice']), ...windowsOffice, ...DEFAULT_OFFICE_CANDIDATES.soffice],
    pdfunite: [...onPath(['pdfunite']), ...windowsPoppler('pdfunite'), ...DEFAULT_OFFICE_CANDIDATES.pdfunite],
    pdfinfo: [...onPath(['pdfinfo']), ...windowsPoppler('pdfinfo'), ...DEFAULT_OFFICE_CANDIDATES.pdfinfo],
  };
}

/**
 * The office tools, probed on first use and remembered for the life of the core: installing LibreOffice
 * while the program runs takes effect after a restart.
 */
export function lazyOfficeTools(
  candidates: OfficeCandidates,
  tempDir: string = os.tmpdir(),
): () => Promise<OfficeTools | null> {
  let probed: Promise<OfficeTools | null> | null = null;
  return () => {
    probed ??= probeOfficeTools(candidates).then((paths) =>
      paths ? createOfficeTools(paths, { tempDir }) : null,
    );
    return probed;
  };
}
