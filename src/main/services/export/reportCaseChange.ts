import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadCityRecord } from '../../db/queries/cityRecords.ts';
import { insertOutboxEntry } from '../../db/queries/exportOutbox.ts';
import type { ExportTrigger } from '../../../shared/types/cityExport.ts';
import { readExportSettings } from './exportSettingsStore.ts';

/** Which case actions are reportable, and as what. */
const TRIGGER_OF_ACTION: Readonly<Record<string, ExportTrigger>> = {
  accept: 'accepted',
  reject: 'outcome',
  record_agreement: 'outcome',
  terminate: 'outcome',
  transfer: 'outcome',
  // 退单 brings the case back; 交单 replies and whole-agreement performance complete the record.
  take_back: 'outcome',
  take_back_unaccepted: 'outcome',
  record_reply: 'outcome',
  close: 'closed',
};

/**
 * Called by writeCase inside the case's write transaction, after the version bump: when the export
 * is switched on and one of `actions` is a configured trigger, the outbox gets an entry holding the
 * record as of `version`. Same transaction, so a committed change is never left unreported and a
 * rolled-back one is never reported.
 */
export async function reportCaseChange(
  trx: Kysely<Database>,
  change: {
    readonly caseId: number;
    readonly caseUuid: string;
    readonly version: number;
    readonly actions: readonly string[];
    readonly now: string;
    readonly newId: () => string;
  },
): Promise<void> {
  const triggers = [
    ...new Set(change.actions.map((a) => TRIGGER_OF_ACTION[a]).filter((t) => t !== undefined)),
  ];
  if (triggers.length === 0) return;
  const settings = await readExportSettings(trx);
  if (!settings.enabled) return;
  const wanted = triggers.filter((t) => settings.triggers.includes(t));
  if (wanted.length === 0) return;
  const record = JSON.stringify(await loadCityRecord(trx, change.caseId));
  for (const trigger of wanted) {
    await insertOutboxEntry(trx, {
      uuid: change.newId(),
      caseId: change.caseId,
      caseUuid: change.caseUuid,
      caseVersion: change.version,
      trigger,
      record,
      now: change.now,
    });
  }
}
