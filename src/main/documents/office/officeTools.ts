import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * DOCX → PDF with LibreOffice and PDF merging with poppler, behind one small interface so the dossier
 * code can run without them (and tests can run with them). Binary paths and the scratch directory are
 * arguments; nothing is looked up from globals.
 *
 * Each conversion gets its own LibreOffice profile directory: two soffice processes sharing a profile
 * block on its lock, and a user's open LibreOffice would swallow our request.
 */
export interface OfficeToolPaths {
  readonly soffice: string;
  readonly pdfunite: string;
  /** poppler's pdfinfo, for page counts. */
  readonly pdfinfo: string;
}

export interface OfficeTools {
  /** Converts in one soffice run (start-up dominates the cost); returns PDFs in input order. */
  convertToPdf(
    files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  ): Promise<Uint8Array[]>;
  pageCount(pdf: Uint8Array): Promise<number>;
  merge(pdfs: readonly Uint8Array[]): Promise<Uint8Array>;
}

export interface OfficeToolsOptions {
  /** Parent of the per-call scratch directories. */
  readonly tempDir: string;
  /** Per soffice run; a first start on a slow PC takes several seconds. */
  readonly timeoutMs?: number;
  /**
   * A fontconfig file mapping 仿宋/宋体/黑体 to the Noto CJK faces, for Linux PCs without the Windows
   * fonts (they would otherwise fall back to a sans face). Default: on, except on Windows and macOS.
   */
  readonly fontAliases?: boolean;
}

const FONT_ALIASES: readonly (readonly [string, string])[] = [
  ['仿宋', 'Noto Serif CJK SC'],
  ['仿宋_GB2312', 'Noto Serif CJK SC'],
  ['FangSong', 'Noto Serif CJK SC'],
  ['宋体', 'Noto Serif CJK SC'],
  ['SimSun', 'Noto Serif CJK SC'],
  ['方正小标宋简体', 'Noto Serif CJK SC'],
  ['楷体', 'Noto Serif CJK SC'],
  ['黑体', 'Noto Sans CJK SC'],
  ['SimHei', 'Noto Sans CJK SC'],
];

function fontConfig(): string {
  const aliases = FONT_ALIASES.map(
    ([family, target]) =>
      `  <alias binding="same"><family>${family}</family><prefer><family>${target}</family></prefer></alias>`,
  ).join('\n');
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases}\n</fontconfig>\n`;
}

function run(
  file: string,
  args: readonly string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { timeout: options.timeoutMs, env: options.env, maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${file} 执行失败：${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

async function withScratch<T>(tempDir: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tempDir, 'mdesk-office-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function createOfficeTools(paths: OfficeToolPaths, options: OfficeToolsOptions): OfficeTools {
  const timeoutMs = options.timeoutMs ?? 180_000;
  const aliases = options.fontAliases ?? (process.platform !== 'win32' && process.platform !== 'darwin');

  return {
    async convertToPdf(files) {
      if (files.length === 0) return [];
      return withScratch(options.tempDir, async (dir) => {
        // Numbered names: LibreOffice names outputs after inputs, and callers' names may collide.
        const inputs = files.map((_, index) => join(dir, `${String(index).padStart(4, '0')}.docx`));
        await Promise.all(files.map((file, index) => writeFile(inputs[index]!, file.bytes)));
        const env: NodeJS.ProcessEnv = { ...process.env };
        if (aliases) {
          await writeFile(join(dir, 'fonts.conf'), fontConfig());
          env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
        }
        await run(
          paths.soffice,
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            join(dir, 'out'),
            ...inputs,
          ],
          { timeoutMs, env },
        );
        return Promise.all(
          inputs.map(async (input, index) => {
            const output = join(dir, 'out', `${String(index).padStart(4, '0')}.pdf`);
            try {
              return new Uint8Array(await readFile(output));
            } catch {
              throw new Error(`LibreOffice 未能转换“${files[index]!.name}”（${input}）`);
            }
          }),
        );
      });
    },

    async pageCount(pdf) {
      return withScratch(options.tempDir, async (dir) => {
        const file = join(dir, 'in.pdf');
        await writeFile(file, pdf);
        const info = await run(paths.pdfinfo, [file], { timeoutMs: 30_000 });
        const match = /^Pages:\s+(\d+)/m.exec(info);
        if (!match) throw new Error('pdfinfo 未报告页数');
        return Number(match[1]);
      });
    },

    async merge(pdfs) {
      if (pdfs.length === 1) return pdfs[0]!;
      return withScratch(options.tempDir, async (dir) => {
        const inputs = pdfs.map((_, index) => join(dir, `${String(index).padStart(4, '0')}.pdf`));
        await Promise.all(pdfs.map((pdf, index) => writeFile(inputs[index]!, pdf)));
        const output = join(dir, 'merged.pdf');
        await run(paths.pdfunite, [...inputs, output], { timeoutMs: 60_000 });
        return new Uint8Array(await readFile(output));
      });
    },
  };
}

/**
 * Finds the tools among candidate paths (e.g. from settings, then the usual install locations); `null`
 * when any is missing, so the caller produces DOCX only and says so.
 */
export async function probeOfficeTools(candidates: {
  readonly soffice: readonly string[];
  readonly pdfunite: readonly string[];
  readonly pdfinfo: readonly string[];
}): Promise<OfficeToolPaths | null> {
  const first = async (list: readonly string[]): Promise<string | null> => {
    for (const path of list) {
      try {
        await access(path, constants.X_OK);
        return path;
      } catch {
        // not here; try the next one
      }
    }
    return null;
  };
  const [soffice, pdfunite, pdfinfo] = await Promise.all([
    first(candidates.soffice),
    first(candidates.pdfunite),
    first(candidates.pdfinfo),
  ]);
  return soffice && pdfunite && pdfinfo ? { soffice, pdfunite, pdfinfo } : null;
}

export const DEFAULT_OFFICE_CANDIDATES = {
  soffice: [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ],
  pdfunite: ['/usr/bin/pdfunite', '/usr/local/bin/pdfunite'],
  pdfinfo: ['/usr/bin/pdfinfo', '/usr/local/bin/pdfinfo'],
} as const;
