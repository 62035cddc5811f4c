import { expect, test } from 'vitest';
import {
  describeOpenError,
  describeRuntimeDatabaseError,
} from '../../../src/main/db/describeDatabaseError.ts';

test('a damaged file found during work does not claim the file was not changed', () => {
  const corrupt = Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
  const runtime = describeRuntimeDatabaseError(corrupt, '/data/mediation-desk.db')!;
  expect(runtime.code).toBe('DB_UNAVAILABLE');
  expect(runtime.message).not.toMatch(/没有改动/);
  expect(runtime.message).toMatch(/备份/);
  // At open nothing has been written yet, and there the statement is true.
  expect(describeOpenError(corrupt, '/data/mediation-desk.db').message).toMatch(/没有改动/);
});
