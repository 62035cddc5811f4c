import type { SessionUser } from '../../shared/types/account.ts';
import type { AuditKeyStore } from '../services/audit/auditKey.ts';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../../migrations/index.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { AppError, type ApiErrorBody } from '../../shared/errors.ts';
import type { AppInfo } from '../../shared/types/appInfo.ts';
import { createHandlers } from '../api/handlers.ts';
import { createRouter, type CallContext, type Dispatch } from '../api/router.ts';
import { checkpoint, closeDatabase, openDatabase, type OpenedDatabase } from '../db/connection.ts';
import {
  describeOpenError,
  describeRuntimeDatabaseError,
  isCorruption,
} from '../db/describeDatabaseError.ts';
import { migrateDatabase, readSchemaVersion } from '../db/migrate.ts';
import { createTransactionRunner } from '../db/transactions.ts';
import { damagedFileError, refuseUnprotectedAudit } from '../db/integrity.ts';
import { markCheckNeeded } from '../db/cleanClose.ts';
import { createPageChecks } from './pageChecks.ts';
import { createSearchIndexer } from '../db/queries/searchIndex.ts';
import { isCaseVisible } from '../db/queries/caseAccess.ts';
import { caseIdOf, caseScopeOf } from '../api/caseScope.ts';
import { BACKED_UP_FOLDERS, DATABASE_COPY_NAME } from '../services/backupService.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logger.ts';
import { createSerialQueue } from './serialQueue.ts';
import { createServices, type CoreCapabilities, type Services } from './services.ts';
import {
  defaultOfficeCandidates,
  lazyOfficeTools,
  type OfficeCandidates,
} from '../services/documents/officeProbe.ts';
import { createOutboxSender, type SenderReport, type SenderTimers } from '../services/export/outboxSender.ts';
import { createUploadStore, type UploadStore } from '../files/uploadStore.ts';
import { receiveUpload } from './receiveUpload.ts';
import type { UploadReceipt } from '../../shared/api/bridge.ts';

export const DATABASE_FILE_NAME = 'mediation-desk.db';
/** See CoreOptions.pageCheckDelayMs. */
const PAGE_CHECK_DELAY_MS = 10_000;
/** How often the core checks whether the daily backup is due. */
const BACKUP_CHECK_MS = 60 * 60 * 1000;
/** How often the city-platform sender looks for due outbox entries. */
const EXPORT_SEND_MS = 30 * 1000;
/** Quiet time after the last call before the search index catches up and the log is checkpointed. */
const IDLE_MAINTENANCE_MS = 1_000;

export interface CoreOptions {
  readonly dataDir: string;
  readonly version: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId?: () => string;
  /** Daily automatic backup in the background (off in tests that count files). */
  readonly autoBackup?: boolean;
  /** Quiet time before idle maintenance: search index, then checkpoint (tests shorten it). */
  readonly idleMaintenanceMs?: number;
  /** The built-in document templates; default `<repo>/templates` next to this source tree (the host). */
  readonly templatesDir?: string;
  /** The page-check worker (db/integrityCheckWorker); default its source next to this tree (the host). */
  readonly integrityWorkerScript?: string;
  /**
   * How long after a start that skipped the page check the background check begins (default 10 s:
   * not while the first screens load). Tests pass 0.
   */
  readonly pageCheckDelayMs?: number;
  /** Where to look for LibreOffice/poppler (tests pass empty lists); default PATH and install dirs. */
  readonly officeCandidates?: OfficeCandidates;
  /** The city-platform sender's network, randomness and timers (tests use a local server); autoRun off = only runExportSender. */
  readonly exportSender?: {
    readonly fetch?: typeof fetch;
    readonly random?: () => number;
    readonly timers?: SenderTimers;
    readonly autoRun?: boolean;
  };
  /**
   * Where the audit chain's key is kept (issue 13, item 9): Electron passes one protected by
   * safeStorage; default a file readable by the owner only in the data folder (the host).
   */
  readonly auditKeyStore?: AuditKeyStore;
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
  /** Whether the token names a live session: the host sizes a request's body limit by it before reading. */
  hasSession(token: string | undefined): Promise<boolean>;
  /** Receives a file's bytes for a later call (`attachment.add {uploadId}`); see files/uploadStore.ts. */
  upload(
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    context: CallContext,
  ): Promise<ApiResult<UploadReceipt>>;
  /** Runs the daily backup if it is due; the scheduler calls this, tests may too. */
  runScheduledWork(): Promise<void>;
  /** One pass of the city-platform sender (network I/O outside the call queue). */
  runExportSender(): Promise<SenderReport>;
  close(): Promise<void>;
}

interface OpenState {
  readonly database: OpenedDatabase;
  readonly dispatch: Dispatch;
  readonly services: Services;
  readonly refreshSearchIndex: () => number;
  readonly schemaVersion: number;
}

/**
 * Opens and migrates the database, then wires services to the router. A database that cannot be
 * opened does not throw: the core is in a failed state that answers every call with the reason, so
 * the window (or browser) can show an error screen instead of crash-looping, and the file is left
 * exactly as it was. All calls and background jobs go through one queue, so a restore can swap the
 * database underneath without any call seeing half of it.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const { dataDir, clock, logger, version } = options;
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const enqueue = createSerialQueue();
  const templatesDir = options.templatesDir ?? defaultTemplatesDir();
  // Probed once per core, on the first dossier, not at start-up.
  const office = lazyOfficeTools(options.officeCandidates ?? defaultOfficeCandidates());
  const uploads = createUploadStore(dataDir);
  let state: OpenState | AppError = await open();
  let timer: NodeJS.Timeout | null = null;

  const pageChecks = createPageChecks({
    file,
    script: options.integrityWorkerScript ?? defaultIntegrityWorker(),
    delayMs: options.pageCheckDelayMs ?? PAGE_CHECK_DELAY_MS,
    logger,
    inQueue: (work) => enqueue(work),
    onDamaged: async (problems) => {
      if ('database' in state) await closeDatabase(state.database);
      state = damagedFileError(file, problems);
    },
  });
  /** A start the clean-close record vouched for checks the pages in the background (pageChecks.ts). */
  function checkPagesIfSkipped(): void {
    if ('database' in state && !state.database.checkedAtOpen) pageChecks.start();
  }
  checkPagesIfSkipped();

  async function open(): Promise<OpenState | AppError> {
    let opened: OpenedDatabase | null = null;
    let refreshSearchIndex: () => number;
    try {
      opened = openDatabase(file);
      // Migration 0003 made the audit trail append-only; before any write, those triggers must be there.
      if (readSchemaVersion(opened) >= 3) refuseUnprotectedAudit(opened.sqlite, file);
      await migrateDatabase(opened, { migrations, backupDir: path.join(dataDir, 'backups'), clock, logger });
      // Cases changed outside the program (a hand edit with the sqlite3 tool) are searchable again.
      refreshSearchIndex = createSearchIndexer(opened.sqlite);
      refreshSearchIndex();
    } catch (error) {
      const appError = describeOpenError(error, file);
      logger.error('core.open-failed', { file, code: appError.code, error, cause: appError.cause });
      if (opened) opened.sqlite.close();
      return appError;
    }
    const schemaVersion = readSchemaVersion(opened);
    const { dispatch, services } = createDispatch({
      database: opened,
      refreshSearchIndex,
      dataDir,
      clock,
      logger,
      newId: options.newId ?? randomUUID,
      appInfo: { version, schemaVersion, dataDir },
      replaceData,
      wakeExportSender,
      templatesDir,
      office,
      auditKeyStore: options.auditKeyStore,
      uploads,
    });
    // Coming years without a holiday table get the statutory holidays (暂定), so deadlines running into
    // them are not counted on weekends alone (issue 15).
    await services.holidays.ensureComingYears().catch((error: unknown) => {
      logger.error('core.holidays-failed', { file, error });
    });
    try {
      await services.stats.refreshFacts(); // all rows after an upgrade; cases edited outside the program
    } catch (error) {
      logger.warn('db.case-facts-refresh-failed', { error }); // reports refresh again before reading
    }
    logger.info('core.ready', { file, schemaVersion, version });
    return { database: opened, dispatch, services, refreshSearchIndex, schemaVersion };
  }

  /** Runs inside a queued call: closes the database, puts the backup's files in place, reopens. */
  /** `actor`: the administrator who ran the restore; the entry in the restored log names them. */
  async function replaceData(backupFolder: string, actor: SessionUser | null): Promise<void> {
    if (!('database' in state)) throw new Error('replaceData needs an open database');
    await pageChecks.stop();
    await closeDatabase(state.database);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    fs.copyFileSync(path.join(backupFolder, DATABASE_COPY_NAME), file);
    for (const name of BACKED_UP_FOLDERS) {
      fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
      const source = path.join(backupFolder, name);
      if (fs.existsSync(source)) fs.cpSync(source, path.join(dataDir, name), { recursive: true });
    }
    state = await open();
    checkPagesIfSkipped();
    if ('database' in state) {
      await state.services.audit.record(state.database.db, {
        actor,
        method: 'backup.restored',
        targetType: 'backup',
        targetId: null,
        detail: { from: backupFolder },
      });
      // The restored log is legitimately shorter than the anchors noted before; note its end now.
      await state.services.audit.writeAnchor(state.database.db);
    }
    logger.info('core.restored', { from: backupFolder, ok: 'database' in state });
  }

  const senderOptions = options.exportSender ?? {};
  const sender = createOutboxSender({
    inQueue: (work) => enqueue(async () => ('database' in state ? work(state.services.exports) : null)),
    fetch: senderOptions.fetch ?? globalThis.fetch,
    random: senderOptions.random ?? Math.random,
    timers: senderOptions.timers ?? {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
    clock,
    logger,
  });
  const senderAuto = senderOptions.autoRun !== false;
  let senderTimer: NodeJS.Timeout | null = null;
  function wakeExportSender(): void {
    if (senderAuto)
      setTimeout(
        () => void sender.runOnce().catch((error: unknown) => logger.warn('export.run-failed', { error })),
        0,
      ).unref();
  }
  if (senderAuto && 'database' in state) {
    senderTimer = setInterval(() => wakeExportSender(), EXPORT_SEND_MS);
    senderTimer.unref();
  }

  // Work no save should wait for, done once nobody is waiting: the search index rows of the cases
  // saved since (a search does it first if it comes sooner), then copying the write-ahead log into
  // the database file, which SQLite would otherwise do inside whichever commit crosses its threshold,
  // making that save several times slower than the others. The threshold stays as a backstop.
  let idleTimer: NodeJS.Timeout | null = null;
  function maintainWhenIdle(): void {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      void enqueue(async () => {
        if (!('database' in state)) return;
        state.refreshSearchIndex();
        await state.services.stats.refreshFacts();
        checkpoint(state.database);
      }).catch((error: unknown) => logger.warn('db.idle-maintenance-failed', { error }));
    }, options.idleMaintenanceMs ?? IDLE_MAINTENANCE_MS);
    idleTimer.unref();
  }

  const runScheduledWork = (): Promise<void> =>
    enqueue(async () => {
      if (!('database' in state)) return;
      try {
        await state.services.backup.runIfDue();
      } catch (error) {
        // A missing USB drive must not stop the program; the backup page shows when the last one ran.
        logger.warn('backup.scheduled-failed', { error });
      }
    });

  if (options.autoBackup !== false && 'database' in state) {
    timer = setInterval(() => void runScheduledWork(), BACKUP_CHECK_MS);
    timer.unref();
    setTimeout(() => void runScheduledWork(), 60_000).unref();
  }

  return {
    dataDir,
    version,
    get status(): CoreStatus {
      return 'database' in state
        ? { ok: true, schemaVersion: state.schemaVersion }
        : { ok: false, error: state.toBody() };
    },
    call: async (method, input, context) => {
      const result = await enqueue(async () => {
        const current = state;
        return 'database' in current
          ? current.dispatch(method, input, context)
          : { ok: false as const, error: current.toBody() };
      });
      maintainWhenIdle();
      return result;
    },
    hasSession: (token) =>
      enqueue(async () => ('database' in state ? state.services.auth.isLive(token) : false)),
    upload: (source, context) =>
      receiveUpload(uploads, source, context, (token) =>
        enqueue(async () => ('database' in state ? state.services.auth.resolve(token) : state)),
      ),
    runScheduledWork,
    runExportSender: () => sender.runOnce(),
    close: () =>
      enqueue(async () => {
        if (timer) clearInterval(timer);
        if (senderTimer) clearInterval(senderTimer);
        if (idleTimer) clearTimeout(idleTimer);
        uploads.drop(null);
        await pageChecks.stop();
        if ('database' in state) {
          state.refreshSearchIndex();
          await closeDatabase(state.database);
        }
      }),
  };
}

/**
 * Services and router over an open, migrated database. Separate from createCore so tests can drive
 * the same wiring over a connection they have prepared (for example one capped in size).
 */
export function createDispatch(options: {
  readonly database: OpenedDatabase;
  readonly dataDir: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly newId: () => string;
  readonly appInfo: Omit<AppInfo, 'setupComplete'>;
  readonly replaceData?: (backupFolder: string, actor: SessionUser | null) => Promise<void>;
  readonly auditKeyStore?: AuditKeyStore | undefined;
  readonly wakeExportSender?: () => void;
  readonly templatesDir?: string;
  readonly office?: CoreCapabilities['office'];
  /** Files received for later calls; one per core, kept across a restore. */
  readonly uploads?: UploadStore;
  /** The search indexer over this connection; one is made when not given. */
  readonly refreshSearchIndex?: () => number;
}): { dispatch: Dispatch; services: Services } {
  const { database, clock, logger, newId, appInfo, dataDir } = options;
  const inTransaction = createTransactionRunner(database.sqlite, database.db);
  const noteDamaged = (reason: string): void => {
    markCheckNeeded(database.file, reason);
    logger.error('db.damage-met', { file: database.file, reason });
  };
  const refreshSearchIndex = options.refreshSearchIndex ?? createSearchIndexer(database.sqlite);
  const services = createServices(
    { db: database.db, clock, newId, inTransaction, dataDir, refreshSearchIndex },
    {
      schemaVersion: appInfo.schemaVersion,
      replaceData:
        options.replaceData ??
        (async () => {
          throw new Error('restore is not available here');
        }),
      wakeExportSender: options.wakeExportSender,
      templatesDir: options.templatesDir ?? defaultTemplatesDir(),
      office: options.office ?? lazyOfficeTools(defaultOfficeCandidates()),
      ...(options.auditKeyStore && { auditKeyStore: options.auditKeyStore }),
      uploads: options.uploads ?? createUploadStore(dataDir),
      noteDamaged,
    },
  );
  const dispatch = createRouter({
    handlers: createHandlers(services, async () => ({
      ...appInfo,
      setupComplete: (await services.organisations.home()) !== null,
    })),
    logger,
    resolveSession: (token) => services.auth.resolve(token),
    recordAudit: (event) => services.audit.record(database.db, event),
    inTransaction,
    checkCaseAccess: async (user, method, input) => {
      const scope = caseScopeOf(user);
      const caseId = scope ? caseIdOf(method, input) : null;
      if (!scope || !caseId) return;
      if ((await isCaseVisible(database.db, caseId, scope)) === false) {
        throw new AppError(
          'PERMISSION_DENIED',
          '这个案件不是您经办的，您无权查看或修改。如需协助，请联系管理员。',
          { caseId },
        );
      }
    },
    describeDatabaseFailure: (error) => {
      // Damage met by any call: whatever happens next, no clean close vouches for this file again.
      if (isCorruption(error)) noteDamaged((error as Error).message);
      return describeRuntimeDatabaseError(error, database.file);
    },
  });
  return { dispatch, services };
}

/** The page-check worker's source next to this tree (the desktop app passes its bundled .cjs). */
function defaultIntegrityWorker(): string {
  return fileURLToPath(new URL('../db/integrityCheckWorker.ts', import.meta.url));
}

/** `<repo>/templates`, found from this file's location; computed only when no path was given. */
function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../../../templates/', import.meta.url));
}
