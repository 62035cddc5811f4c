import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../shared/api/contract.ts';
import type { AuditEntry, AuditVerification, SessionUser } from '../../shared/types/account.ts';
import type { Page } from '../../shared/types/dispute.ts';
import {
  auditRowsAfter,
  getLastAuditHash,
  insertAuditRow,
  caseRefsByUuid,
  listAuditRows,
  type AuditRow,
} from '../db/queries/audit.ts';
import type { Database } from '../db/schema.ts';
import type { ServiceDeps } from './serviceDeps.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  readonly actor: SessionUser | null;
  readonly method: string;
  readonly targetType?: string | null;
  readonly targetId?: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** The hash covers every stored column and the previous hash, so any edit breaks the chain from there. */
export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.time,
    row.actor_user_id,
    row.actor_name,
    row.method,
    row.target_type,
    row.target_id,
    row.detail,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function rowToEntry(row: AuditRow): AuditEntry {
  let detail: Record<string, unknown>;
  try {
    detail = JSON.parse(row.detail) as Record<string, unknown>;
  } catch {
    detail = { raw: row.detail };
  }
  return {
    seq: row.seq,
    time: row.time,
    actor: row.actor_name,
    method: row.method,
    targetType: row.target_type,
    targetId: row.target_id,
    detail,
    hash: row.hash,
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService({ db, clock }: ServiceDeps) {
  return {
    /** Appends one entry. Call inside the transaction of the change it records. */
    async record(trx: Kysely<Database>, event: AuditEvent): Promise<void> {
      const last = await getLastAuditHash(trx);
      const partial = {
        seq: (last?.seq ?? 0) + 1,
        time: clock.now().toISOString(),
        actor_user_id: event.actor?.rowId ?? null,
        actor_name: event.actor?.displayName ?? null,
        method: event.method,
        target_type: event.targetType ?? null,
        target_id: event.targetId ?? null,
        detail: JSON.stringify(event.detail),
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      await insertAuditRow(trx, { ...partial, hash: auditHash(partial) });
    },

    async list(input: ParsedInputOf<'audit.list'>): Promise<Page<AuditEntry>> {
      // The dates a clerk picks are days in China: 00:00 there is 16:00 UTC the day before.
      const chinaMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
      const nextDay = (date: string) =>
        new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString();
      const { rows, total } = await listAuditRows(
        db,
        {
          method: input.method,
          actor: input.actor,
          fromTime: input.from ? chinaMidnight(input.from) : undefined,
          toTime: input.to ? nextDay(input.to) : undefined,
        },
        input,
      );
      const entries = rows.map(rowToEntry);
      // A case is named by its number (or title before 受理), not its UUID.
      const refs = new Map(
        (
          await caseRefsByUuid(
            db,
            entries.flatMap((e) => (e.targetId ? [e.targetId] : [])),
          )
        ).map((r) => [r.uuid, r]),
      );
      return {
        rows: entries.map((e) => {
          const ref = e.targetId ? refs.get(e.targetId) : undefined;
          return ref ? { ...e, targetCase: { id: ref.uuid, caseNo: ref.caseNo, title: ref.title } } : e;
        }),
        total,
      };
    },

    /** Walks the whole chain in pages; reports the first entry that was altered, inserted or removed. */
    async verify(): Promise<AuditVerification> {
      let expectedSeq = 1;
      let prevHash = GENESIS_HASH;
      let checked = 0;
      for (;;) {
        const rows = await auditRowsAfter(db, expectedSeq - 1, 1000);
        if (rows.length === 0) break;
        for (const row of rows) {
          const broken =
            row.seq !== expectedSeq || row.prev_hash !== prevHash || auditHash(row) !== row.hash
              ? expectedSeq
              : null;
          if (broken !== null) {
            return {
              ok: false,
              checked,
              firstBrokenSeq: broken,
              message: `审计日志在第 ${broken} 条处被改动或删除，此后的记录不可信。请保留数据文件并报告管理员。`,
            };
          }
          prevHash = row.hash;
          expectedSeq += 1;
          checked += 1;
        }
      }
      return { ok: true, checked, firstBrokenSeq: null, message: `审计日志完整，共核对 ${checked} 条记录。` };
    },
  };
}
