import { createHmac } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import type { Logger } from '../../core/logger.ts';
import type { ClaimedEntry, DeliveryOutcome, ExportService } from './exportService.ts';
import type { StoredExportSettings } from './exportSettingsStore.ts';

export interface SenderTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OutboxSenderDeps {
  /** Runs `work` in the core's call queue; null when the database is not open. */
  readonly inQueue: <T>(work: (service: ExportService) => Promise<T>) => Promise<T | null>;
  readonly fetch: typeof fetch;
  readonly random: () => number;
  readonly timers: SenderTimers;
  readonly clock: Clock;
  readonly logger: Logger;
}

export interface SenderReport {
  readonly attempted: number;
  readonly delivered: number;
  readonly retried: number;
  readonly failed: number;
}

const BATCH = 20;
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

export const SIGNATURE_HEADER = 'X-Mediation-Signature';

/** Headers for one POST: JSON, the idempotency key, and bearer token or HMAC-SHA256 signature. */
export function requestHeaders(
  settings: StoredExportSettings,
  body: string,
  key: string | null,
  nowMs: number,
): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  if (key !== null) headers['Idempotency-Key'] = key;
  if (settings.authKind === 'bearer') headers.Authorization = `Bearer ${settings.secret}`;
  if (settings.authKind === 'hmac') {
    const t = Math.floor(nowMs / 1000);
    const mac = createHmac('sha256', settings.secret).update(`${t}.${body}`, 'utf8').digest('hex');
    headers[SIGNATURE_HEADER] = `t=${t},v1=${mac}`;
  }
  return headers;
}

/** `Retry-After` as seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Math.min(MAX_RETRY_AFTER_MS, Number(value.trim()) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, date - nowMs));
}

/**
 * The network half of the outbox. Each run: claim due entries in the queue (short transaction),
 * leave the queue, POST each one, then record each result in the queue. The database is never
 * held across network I/O, so the app stays responsive while the platform is slow or down.
 */
export function createOutboxSender(deps: OutboxSenderDeps) {
  let running: Promise<SenderReport> | null = null;

  async function post(settings: StoredExportSettings, body: string, key: string | null): Promise<Response> {
    const controller = new AbortController();
    const handle = deps.timers.setTimeout(() => controller.abort(), settings.timeoutMs);
    try {
      return await deps.fetch(settings.endpoint, {
        method: 'POST',
        headers: requestHeaders(settings, body, key, deps.clock.now().getTime()),
        body,
        signal: controller.signal,
        redirect: 'error',
      });
    } finally {
      deps.timers.clearTimeout(handle);
    }
  }

  function describeNetworkError(error: unknown, settings: StoredExportSettings): string {
    if (error instanceof Error && error.name === 'AbortError')
      return `等待平台响应超过 ${settings.timeoutMs / 1000} 秒`;
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return `无法连接接收地址（${cause}）`;
  }

  async function deliver(entry: ClaimedEntry, settings: StoredExportSettings): Promise<DeliveryOutcome> {
    let response: Response;
    let text: string;
    try {
      response = await post(settings, entry.body, entry.idempotencyKey);
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'AbortError';
      const message = describeNetworkError(error, settings);
      return timedOut
        ? { kind: 'retry', error: message, retryAfterMs: null }
        : { kind: 'offline', error: message };
    }
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), deps.clock.now().getTime());
    if (response.ok) {
      let ackId: unknown;
      try {
        ackId = (JSON.parse(text) as { ackId?: unknown }).ackId;
      } catch {
        ackId = null;
      }
      if (typeof ackId === 'string' && ackId.trim() !== '' && ackId.length <= 200)
        return { kind: 'delivered', ackId };
      // The platform may have stored it; the retry carries the same Idempotency-Key, so it is not doubled.
      return {
        kind: 'retry',
        error: `平台回执格式不正确（HTTP ${response.status}，缺少 ackId）`,
        retryAfterMs,
      };
    }
    const excerpt = text.slice(0, 200);
    if (response.status === 408 || response.status === 429 || response.status >= 500) {
      const what =
        response.status === 429 ? '平台限流（HTTP 429）' : `平台暂时出错（HTTP ${response.status}）`;
      return { kind: 'retry', error: excerpt ? `${what}：${excerpt}` : what, retryAfterMs };
    }
    return { kind: 'rejected', error: `平台拒收（HTTP ${response.status}）${excerpt ? `：${excerpt}` : ''}` };
  }

  async function connectionTest(settings: StoredExportSettings): Promise<{ ok: boolean; message: string }> {
    try {
      const response = await post(settings, JSON.stringify({ type: 'ping' }), null);
      await response.text();
      return response.ok
        ? { ok: true, message: `连接正常（HTTP ${response.status}）` }
        : { ok: false, message: `接收地址有响应，但返回 HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, message: describeNetworkError(error, settings) };
    }
  }

  async function runOnce(): Promise<SenderReport> {
    const work = await deps.inQueue((service) => service.claimWork(BATCH));
    const report = { attempted: 0, delivered: 0, retried: 0, failed: 0 };
    if (!work) return report;
    if (work.connectionTest) {
      const result = await connectionTest(work.settings);
      await deps.inQueue((service) =>
        service.recordConnectionTest({ at: deps.clock.now().toISOString(), ...result }),
      );
    }
    for (const entry of work.entries) {
      const outcome = await deliver(entry, work.settings);
      report.attempted += 1;
      if (outcome.kind === 'delivered') report.delivered += 1;
      else if (
        outcome.kind === 'offline' ||
        (outcome.kind === 'retry' && entry.attempts + 1 < work.settings.maxAttempts)
      )
        report.retried += 1;
      else report.failed += 1;
      if (outcome.kind !== 'delivered') {
        deps.logger.warn('export.delivery-failed', {
          caseUuid: entry.caseUuid,
          version: entry.caseVersion,
          error: outcome.error,
        });
      }
      await deps.inQueue((service) => service.recordOutcome(entry, work.settings, outcome, deps.random()));
    }
    return report;
  }

  return {
    /** One pass over the due entries; overlapping calls share the pass already running. */
    runOnce(): Promise<SenderReport> {
      if (running) return running;
      running = runOnce().finally(() => {
        running = null;
      });
      return running;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
