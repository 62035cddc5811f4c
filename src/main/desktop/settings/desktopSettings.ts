import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const DESKTOP_SETTINGS_FILE = 'desktop-settings.json';

/**
 * Machine-level settings that must be known before the database opens, so they cannot live in it:
 * where the data is (centres keep it on D:) and where updates come from (empty = updates off).
 */
export interface DesktopSettings {
  readonly dataDir: string | null;
  readonly updateFeedUrl: string;
}

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = Object.freeze({ dataDir: null, updateFeedUrl: '' });

const settingsSchema = z.object({
  dataDir: z
    .string()
    .trim()
    .refine((value) => value === '' || path.isAbsolute(value), '数据目录必须是完整路径，例如 D:\\调解台数据')
    .nullish(),
  updateFeedUrl: z
    .string()
    .trim()
    .refine(
      (value) => value === '' || /^https?:\/\/[^/]+/i.test(value),
      '更新地址必须以 http:// 或 https:// 开头',
    )
    .nullish(),
});

export interface LoadedSettings {
  readonly settings: DesktopSettings;
  /** Why the file was ignored, in Chinese; null when it was fine or absent. */
  readonly problem: string | null;
}

/**
 * Reads the settings file. A missing file means defaults; a broken one also means defaults plus a
 * reason to log and show, never a refusal to start: the window must open to say what is wrong.
 */
export function loadDesktopSettings(file: string): LoadedSettings {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { settings: DEFAULT_DESKTOP_SETTINGS, problem: null };
    return { settings: DEFAULT_DESKTOP_SETTINGS, problem: `无法读取设置文件 ${file}，已使用默认设置。` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    return {
      settings: DEFAULT_DESKTOP_SETTINGS,
      problem: `设置文件 ${file} 不是有效的 JSON，已使用默认设置。`,
    };
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => issue.message).join('；');
    return {
      settings: DEFAULT_DESKTOP_SETTINGS,
      problem: `设置文件 ${file} 有误（${reason}），已使用默认设置。`,
    };
  }
  return {
    settings: { dataDir: parsed.data.dataDir || null, updateFeedUrl: parsed.data.updateFeedUrl ?? '' },
    problem: null,
  };
}

/** Writes through a temporary file so a crash mid-write never leaves half a settings file. */
export function saveDesktopSettings(file: string, settings: DesktopSettings): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(settings, null, 2) + '\n', 'utf8');
  fs.renameSync(temp, file);
}

/** The data directory: the configured one, else `data` inside Electron's userData. */
export function resolveDataDir(settings: DesktopSettings, userData: string): string {
  return settings.dataDir ?? path.join(userData, 'data');
}
