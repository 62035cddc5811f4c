import type { ParsedInputOf } from '../../../shared/api/contract.ts';
import { AppError } from '../../../shared/errors.ts';
import { exportMappingSchema, type ExportMapping } from '../../../shared/schemas/exportMapping.ts';
import type {
  CityRecordV1,
  ConnectionTestResult,
  ExportSettings,
  ExportStatus,
  OutboxEntry,
} from '../../../shared/types/cityExport.ts';
import {
  countOutbox,
  getOutboxRow,
  listDueEntries,
  listOutbox,
  markAttemptFailed,
  markDelivered,
  markSending,
  requeueEntry,
  resetInterruptedSends,
} from '../../db/queries/exportOutbox.ts';
import type { ServiceDeps } from '../serviceDeps.ts';
import { applyMapping } from './applyMapping.ts';
import { DEFAULT_MAPPING } from './defaultMapping.ts';
import {
  hashSalt,
  isConnectionTestRequested,
  readExportSettings,
  readLastConnectionTest,
  readMapping,
  setConnectionTestRequested,
  writeExportSettings,
  writeLastConnectionTest,
  writeMapping,
  type StoredExportSettings,
} from './exportSettingsStore.ts';
import { exportRecordsFile, type ExportedFile } from './exportRecordsFile.ts';

/** One entry handed to the sender: everything it needs to send without touching the database. */
export interface ClaimedEntry {
  readonly rowId: number;
  readonly idempotencyKey: string;
  readonly caseUuid: string;
  readonly caseVersion: number;
  readonly attempts: number;
  readonly body: string;
}

export interface SenderWork {
  readonly settings: StoredExportSettings;
  readonly entries: readonly ClaimedEntry[];
  readonly connectionTest: boolean;
}

export type DeliveryOutcome =
  | { readonly kind: 'delivered'; readonly ackId: string }
  | { readonly kind: 'retry'; readonly error: string; readonly retryAfterMs: number | null }
  /** The endpoint cannot be reached at all (no network, host down): wait, without using up attempts. */
  | { readonly kind: 'offline'; readonly error: string }
  | { readonly kind: 'rejected'; readonly error: string };

function toPublic(s: StoredExportSettings, mapping: ExportMapping): ExportSettings {
  return {
    enabled: s.enabled,
    endpoint: s.endpoint,
    authKind: s.authKind,
    hasSecret: s.secret !== '',
    triggers: s.triggers,
    timeoutMs: s.timeoutMs,
    maxAttempts: s.maxAttempts,
    baseDelayMs: s.baseDelayMs,
    maxDelayMs: s.maxDelayMs,
    mappingName: mapping.name,
  };
}

/** Exponential back-off with jitter (half fixed, half random), never sooner than Retry-After. */
export function nextDelayMs(
  s: Pick<StoredExportSettings, 'baseDelayMs' | 'maxDelayMs'>,
  attemptsSoFar: number,
  random: number,
  retryAfterMs: number | null,
): number {
  const exponential = Math.min(s.maxDelayMs, s.baseDelayMs * 2 ** Math.min(attemptsSoFar, 30));
  const jittered = Math.round(exponential / 2 + (exponential / 2) * random);
  return retryAfterMs === null ? jittered : Math.max(jittered, retryAfterMs);
}

/**
 * The city-platform export (issue 7): settings, mapping, the outbox queue as people see it, and
 * the database half of the sender (claim work, record outcomes). The network half lives in
 * outboxSender.ts and runs outside the call queue; `wake` asks it to run soon.
 */
export function createExportService(deps: ServiceDeps, options: { readonly wake: () => void }) {
  const { db, clock } = deps;
  const now = (): string => clock.now().toISOString();

  return {
    async settings(): Promise<ExportSettings> {
      return toPublic(await readExportSettings(db), await readMapping(db));
    },

    async updateSettings(input: ParsedInputOf<'export.updateSettings'>): Promise<ExportSettings> {
      const current = await readExportSettings(db);
      const { secret, ...rest } = input;
      const next: StoredExportSettings = {
        ...rest,
        secret: secret === undefined || secret === '' ? current.secret : secret,
      };
      if (next.enabled && next.endpoint === '') {
        throw new AppError('INVALID_INPUT', '开启上报前请先填写接收地址。', {
          fields: { endpoint: '请填写接收地址' },
        });
      }
      if (next.enabled && next.authKind !== 'none' && next.secret === '') {
        throw new AppError('INVALID_INPUT', '所选的认证方式需要令牌或密钥。', {
          fields: { secret: '请填写令牌或密钥' },
        });
      }
      await writeExportSettings(db, next, now());
      if (next.enabled) options.wake();
      return toPublic(next, await readMapping(db));
    },

    async mapping(): Promise<{ readonly mapping: ExportMapping; readonly isDefault: boolean }> {
      const mapping = await readMapping(db);
      return { mapping, isDefault: mapping === DEFAULT_MAPPING };
    },

    /** Validates an uploaded mapping file; only a valid one replaces the current mapping. */
    async loadMapping(input: ParsedInputOf<'export.loadMapping'>): Promise<ExportMapping> {
      const mapping = parseMappingText(input.text);
      await writeMapping(db, mapping, now());
      return mapping;
    },

    async resetMapping(): Promise<ExportMapping> {
      await writeMapping(db, null, now());
      return DEFAULT_MAPPING;
    },

    /** The record of one case exactly as the current mapping would send it (for checking a mapping). */
    async preview(record: CityRecordV1): Promise<Record<string, unknown>> {
      return applyMapping(record, await readMapping(db), await hashSalt(db, now()));
    },

    list(input: ParsedInputOf<'export.outbox'>): Promise<OutboxEntry[]> {
      return listOutbox(db, input);
    },

    async status(): Promise<ExportStatus> {
      return { counts: await countOutbox(db), lastConnectionTest: await readLastConnectionTest(db) };
    },

    async resend(input: ParsedInputOf<'export.resend'>): Promise<OutboxEntry[]> {
      const row = await getOutboxRow(db, input.id);
      if (!row) throw new AppError('NOT_FOUND', '没有找到这条上报记录。');
      if (!(await requeueEntry(db, input.id, now()))) {
        throw new AppError('INVALID_STATE', '只有“需要处理”的记录才能重新发送；其余记录会自动发送。');
      }
      options.wake();
      return listOutbox(db, { limit: 200 });
    },

    async requestConnectionTest(): Promise<ExportStatus> {
      const settings = await readExportSettings(db);
      if (settings.endpoint === '')
        throw new AppError('INVALID_STATE', '请先填写并保存接收地址，再测试连接。');
      await setConnectionTestRequested(db, true, now());
      options.wake();
      return { counts: await countOutbox(db), lastConnectionTest: await readLastConnectionTest(db) };
    },

    exportFile(input: ParsedInputOf<'export.exportFile'>): Promise<ExportedFile> {
      return exportRecordsFile(db, input, now());
    },

    /**
     * Sender, step 1 (in the queue, short transaction): entries due now, marked `sending`, with
     * their bodies built. Nothing is claimed while the export is off; a `sending` left over from
     * an interrupted run goes back to pending first.
     */
    async claimWork(limit: number): Promise<SenderWork | null> {
      return deps.inTransaction(async (trx) => {
        await resetInterruptedSends(trx);
        const settings = await readExportSettings(trx);
        const connectionTest = await isConnectionTestRequested(trx);
        if (connectionTest) await setConnectionTestRequested(trx, false, now());
        if (settings.endpoint === '') return null;
        if (!settings.enabled) return connectionTest ? { settings, entries: [], connectionTest } : null;
        const mapping = await readMapping(trx);
        const salt = await hashSalt(trx, now());
        const rows = await listDueEntries(trx, now(), limit);
        const entries: ClaimedEntry[] = [];
        for (const row of rows) {
          await markSending(trx, row.id);
          const record = JSON.parse(row.record) as CityRecordV1;
          entries.push({
            rowId: row.id,
            idempotencyKey: row.uuid,
            caseUuid: row.case_uuid,
            caseVersion: row.case_version,
            attempts: row.attempts,
            body: JSON.stringify({
              idempotencyKey: row.uuid,
              trigger: row.trigger,
              record: applyMapping(record, mapping, salt),
            }),
          });
        }
        return { settings, entries, connectionTest };
      });
    },

    /** Sender, step 2 (in the queue, short transaction): what happened to one entry. */
    async recordOutcome(
      entry: ClaimedEntry,
      settings: StoredExportSettings,
      outcome: DeliveryOutcome,
      random: number,
    ): Promise<void> {
      await deps.inTransaction(async (trx) => {
        const at = clock.now();
        if (outcome.kind === 'delivered') {
          await markDelivered(trx, entry.rowId, outcome.ackId, at.toISOString(), entry.body);
          return;
        }
        if (outcome.kind === 'offline') {
          // Offline simply waits: a station without a connection for a week must not end up with
          // every record "needing attention". Checked again after the first back-off step.
          await markAttemptFailed(trx, entry.rowId, {
            status: 'pending',
            error: outcome.error,
            nextAttemptAt: new Date(at.getTime() + nextDelayMs(settings, 0, random, null)).toISOString(),
            countAttempt: false,
          });
          return;
        }
        const attempts = entry.attempts + 1;
        const giveUp = outcome.kind === 'rejected' || attempts >= settings.maxAttempts;
        const retryAfter = outcome.kind === 'retry' ? outcome.retryAfterMs : null;
        const delay = giveUp ? 0 : nextDelayMs(settings, entry.attempts, random, retryAfter);
        const error =
          giveUp && outcome.kind === 'retry'
            ? `已尝试 ${attempts} 次仍未送达：${outcome.error}`
            : outcome.error;
        await markAttemptFailed(trx, entry.rowId, {
          status: giveUp ? 'failed' : 'pending',
          error,
          nextAttemptAt: new Date(at.getTime() + delay).toISOString(),
        });
      });
    },

    async recordConnectionTest(result: ConnectionTestResult): Promise<void> {
      await deps.inTransaction((trx) => writeLastConnectionTest(trx, result));
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;

/** JSON text → validated mapping, or INVALID_INPUT naming each problem in Chinese. */
export function parseMappingText(text: string): ExportMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', '映射文件不是有效的 JSON，请检查文件内容。', {
      reason: 'EXPORT_MAPPING_NOT_JSON',
    });
  }
  const parsed = exportMappingSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '（整个文件）'}：${issue.message}`,
    );
    throw new AppError(
      'INVALID_INPUT',
      `映射文件有 ${problems.length} 处问题：${problems.slice(0, 5).join('；')}`,
      {
        reason: 'EXPORT_MAPPING_INVALID',
        problems,
      },
    );
  }
  return parsed.data;
}
