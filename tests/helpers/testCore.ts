import path from 'node:path';
import { fixedClock } from '../../src/main/core/clock.ts';
import { createCore, type Core } from '../../src/main/core/createCore.ts';
import { silentLogger, type Logger } from '../../src/main/core/logger.ts';
import type { InputOf, MethodName, ResultOf } from '../../src/shared/api/contract.ts';
import type { ApiResult } from '../../src/shared/api/result.ts';

export const TEST_NOW = '2026-11-22T02:00:00.000Z';

export async function openTestCore(dataDir: string, logger: Logger = silentLogger): Promise<Core> {
  return createCore({ dataDir, version: '0.0.0-test', clock: fixedClock(TEST_NOW), logger });
}

/** Calls a method and returns the envelope, typed by the contract. */
export function callApi<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
): Promise<ApiResult<ResultOf<M>>> {
  return core.call(method, input, { transport: 'test' }) as Promise<ApiResult<ResultOf<M>>>;
}

/** Calls a method that must succeed and returns its value. */
export async function mustCall<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
): Promise<ResultOf<M>> {
  const result = await callApi(core, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export const SAMPLE_ORGANISATION = {
  name: '南京市栖霞区尧化街道人民调解委员会',
  kind: 'committee',
  level: 'town',
  regionCode: '320113',
  abbreviation: '栖尧',
  sealName: '南京市栖霞区尧化街道人民调解委员会',
} as const;

export function dbFile(dataDir: string): string {
  return path.join(dataDir, 'mediation-desk.db');
}
