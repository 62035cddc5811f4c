import type { Migration } from './migration.ts';
import { migration0001 } from './0001_foundation.ts';
import { migration0002 } from './0002_case_lifecycle.ts';
import { migration0003 } from './0003_accounts_audit_backups.ts';
import { migration0004 } from './0004_search_and_reports.ts';
import { migration0005 } from './0005_export_exchange.ts';
import { migration0006 } from './0006_documents.ts';
import { migration0007 } from './0007_list_indexes.ts';
import { migration0008 } from './0008_search_queue.ts';
import { migration0009 } from './0009_obligation_totals.ts';
import { migration0010 } from './0010_case_backfill.ts';
import { migration0011 } from './0011_law_library.ts';
import { migration0012 } from './0012_ledger_import.ts';
import { migration0013 } from './0013_ticket_cycle.ts';
import { migration0014 } from './0014_archive_check.ts';
import { migration0015 } from './0015_open_work_and_case_facts.ts';
import { migration0016 } from './0016_case_fact_months.ts';

/**
 * Every migration, in order. An explicit list rather than a directory scan: it survives bundling
 * into the Electron main process and asar packaging unchanged.
 */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
];

export type { Migration };
