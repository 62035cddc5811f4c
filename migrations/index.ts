import type { Migration } from './migration.ts';
import { migration0001 } from './0001_foundation.ts';

/**
 * Every migration, in order. An explicit list rather than a directory scan: it survives bundling
 * into the Electron main process and asar packaging unchanged.
 */
export const migrations: readonly Migration[] = [migration0001];

export type { Migration };
