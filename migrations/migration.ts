import type { Kysely } from 'kysely';

/**
 * A numbered schema change. `up` receives a transaction: the migrator commits it together with the
 * new schema version, so a failing migration leaves nothing behind. Migrations never import app code
 * and are never edited once released; add a new one instead.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migrations must not depend on today's schema types
  up(db: Kysely<any>): Promise<void>;
}
