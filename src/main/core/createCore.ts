import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { migrations } from '../../../migrations/index.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import type { AppError, ApiErrorBody } from '../../shared/errors.ts';
import { createHandlers } from '../api/handlers.ts';
import { createRouter, type CallContext, type Dispatch } from '../api/router.ts';
import { closeDatabase, openDatabase, type OpenedDatabase } from '../db/connection.ts';
import { migrateDatabase, readSchemaVersion } from '../db/migrate.ts';
import { describeOpenError, describeRuntimeDatabaseError } from '../db/describeDatabaseError.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import { createServices } from './services.ts';
import type { AppInfo } from '../../shared/types/appInfo.ts';

export const DATABASE_FILE_NAME = 'mediation-desk.db';

export interface CoreOptions {
  readonly dataDir: string;
  readonly version: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId?: () => string;
}

export type CoreStatus =
  | { readonly ok: true; readonly schemaVersion: number }
  | { readonly ok: false; readonly error: ApiErrorBody };

/** The application without any window: what Electron's main process and the HTTP host both run. */
export interface Core {
  readonly dataDir: string;
  readonly version: string;
  readonly status: CoreStatus;
  call(method: string, input: unknown, context: CallContext): Promise<ApiResult<unknown>>;
  close(): Promise<void>;
}

/**
 * Opens and migrates the database, then wires services to the router. A database that cannot be
 * opened does not throw: the core starts in a failed state that answers every call with the reason,
 * so the window (or browser) can show an error screen instead of crash-looping, and the file is
 * left exactly as it was.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { dataDir, clock, logger, version } = options;
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  let opened: OpenedDatabase | null = null;
  try {
    opened = openDatabase(file);
    await migrateDatabase(opened, { migrations, backupDir: path.join(dataDir, 'backups'), clock, logger });
  } catch (error) {
    const appError = describeOpenError(error, file);
    logger.error('core.open-failed', { file, code: appError.code, error, cause: appError.cause });
    if (opened) opened.sqlite.close();
    return failedCore(dataDir, version, appError);
  }

  const database = opened;
  const schemaVersion = readSchemaVersion(database);
  const dispatch = createDispatch({
    database,
    clock,
    logger,
    newId: options.newId ?? randomUUID,
    appInfo: { version, schemaVersion, dataDir },
  });
  logger.info('core.ready', { file, schemaVersion, version });
  return {
    dataDir,
    version,
    status: { ok: true, schemaVersion },
    call: dispatch,
    close: () => closeDatabase(database),
  };
}

/**
 * Services and router over an open, migrated database. Separate from createCore so tests can
 * drive the same wiring over a connection they have prepared (for example one capped in size).
 */
export function createDispatch(options: {
  readonly database: OpenedDatabase;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId: () => string;
  readonly appInfo: Omit<AppInfo, 'setupComplete'>;
}): Dispatch {
  const { database, clock, logger, newId, appInfo } = options;
  const services = createServices({ db: database.db, clock, newId });
  return createRouter(
    createHandlers(services, async () => ({
      ...appInfo,
      setupComplete: (await services.organisations.home()) !== null,
    })),
    logger,
    (error) => describeRuntimeDatabaseError(error, database.file),
  );
}

function failedCore(dataDir: string, version: string, error: AppError): Core {
  const body = error.toBody();
  return {
    dataDir,
    version,
    status: { ok: false, error: body },
    call: async () => ({ ok: false, error: body }),
    close: async () => {},
  };
}
