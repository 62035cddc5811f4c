import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { getSetting, putSetting } from '../../db/queries/settings.ts';
import { exportMappingSchema, type ExportMapping } from '../../../shared/schemas/exportMapping.ts';
import type { ExportSettingsInput } from '../../../shared/schemas/exportSettings.ts';
import type { ConnectionTestResult } from '../../../shared/types/cityExport.ts';
import { DEFAULT_MAPPING } from './defaultMapping.ts';

export interface StoredExportSettings extends Omit<ExportSettingsInput, 'secret'> {
  readonly secret: string;
}

const KEY = {
  settings: 'export.settings',
  mapping: 'export.mapping',
  salt: 'export.hashSalt',
  lastTest: 'export.lastConnectionTest',
  testRequested: 'export.connectionTestRequested',
} as const;

export const DEFAULT_EXPORT_SETTINGS: StoredExportSettings = {
  enabled: false,
  endpoint: '',
  authKind: 'none',
  secret: '',
  triggers: ['accepted', 'outcome', 'closed'],
  timeoutMs: 15_000,
  maxAttempts: 10,
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 3_600_000,
};

export async function readExportSettings(db: Kysely<Database>): Promise<StoredExportSettings> {
  const text = await getSetting(db, KEY.settings);
  return text
    ? { ...DEFAULT_EXPORT_SETTINGS, ...(JSON.parse(text) as Partial<StoredExportSettings>) }
    : DEFAULT_EXPORT_SETTINGS;
}

export async function writeExportSettings(
  db: Kysely<Database>,
  settings: StoredExportSettings,
  now: string,
): Promise<void> {
  await putSetting(db, KEY.settings, JSON.stringify(settings), now);
}

export async function readMapping(db: Kysely<Database>): Promise<ExportMapping> {
  const text = await getSetting(db, KEY.mapping);
  // Stored mappings were validated when loaded; parsing again keeps a hand-edited row from leaking data.
  return text ? exportMappingSchema.parse(JSON.parse(text)) : DEFAULT_MAPPING;
}

export async function writeMapping(
  db: Kysely<Database>,
  mapping: ExportMapping | null,
  now: string,
): Promise<void> {
  await putSetting(db, KEY.mapping, mapping ? JSON.stringify(mapping) : '', now);
}

/** The per-installation salt of hashed fields, made on first use and never shown. */
export async function hashSalt(db: Kysely<Database>, now: string): Promise<string> {
  const existing = await getSetting(db, KEY.salt);
  if (existing) return existing;
  const salt = randomBytes(32).toString('hex');
  await putSetting(db, KEY.salt, salt, now);
  return salt;
}

export async function readLastConnectionTest(db: Kysely<Database>): Promise<ConnectionTestResult | null> {
  const text = await getSetting(db, KEY.lastTest);
  return text ? (JSON.parse(text) as ConnectionTestResult) : null;
}

export async function writeLastConnectionTest(
  db: Kysely<Database>,
  result: ConnectionTestResult,
): Promise<void> {
  await putSetting(db, KEY.lastTest, JSON.stringify(result), result.at);
}

export async function setConnectionTestRequested(
  db: Kysely<Database>,
  requested: boolean,
  now: string,
): Promise<void> {
  await putSetting(db, KEY.testRequested, requested ? now : '', now);
}

export async function isConnectionTestRequested(db: Kysely<Database>): Promise<boolean> {
  return Boolean(await getSetting(db, KEY.testRequested));
}
