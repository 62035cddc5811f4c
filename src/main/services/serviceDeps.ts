import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../core/clock.ts';
import type { RunInTransaction } from '../db/transactions.ts';

/** What every service is built from; passed in, never imported, so tests choose each piece. */
export interface ServiceDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Opens a write transaction (or a savepoint inside the router's per-call transaction). */
  readonly inTransaction: RunInTransaction;
  /** The data directory; attachments are copied under `<dataDir>/attachments/`. */
  readonly dataDir: string;
  /** Brings the search index up to date with the cases saved since (db/queries/searchIndex.ts). */
  readonly refreshSearchIndex: () => number;
}
