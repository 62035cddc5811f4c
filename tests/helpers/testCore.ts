import path from 'node:path';
import { fixedClock } from '../../src/main/core/clock.ts';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/createCore.ts';
import { silentLogger, type Logger } from '../../src/main/core/logger.ts';
import type { InputOf, MethodName, ResultOf } from '../../src/shared/api/contract.ts';
import type { ApiResult } from '../../src/shared/api/result.ts';
import type { Role } from '../../src/shared/api/roles.ts';

export const TEST_NOW = '2026-11-22T02:00:00.000Z';

export async function openTestCore(
  dataDir: string,
  logger: Logger = silentLogger,
  options: Partial<Pick<CoreOptions, 'integrityWorkerScript' | 'pageCheckDelayMs'>> = {},
): Promise<Core> {
  // No background backup: it would add rows while a test counts them.
  return createCore({
    dataDir,
    version: '0.0.0-test',
    clock: fixedClock(TEST_NOW),
    logger,
    autoBackup: false,
    pageCheckDelayMs: 0,
    ...options,
  });
}

/** Calls a method and returns the envelope, typed by the contract. */
export function callApi<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
  sessionToken?: string,
): Promise<ApiResult<ResultOf<M>>> {
  return core.call(method, input, { transport: 'test', sessionToken }) as Promise<ApiResult<ResultOf<M>>>;
}

/** Calls a method that must succeed and returns its value. */
export async function mustCall<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
  sessionToken?: string,
): Promise<ResultOf<M>> {
  const result = await callApi(core, method, input, sessionToken);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Hands bytes to the core as a transport does (HTTP body, desktop channel); returns the upload id. */
export async function uploadBytes(core: Core, sessionToken: string, bytes: Uint8Array): Promise<string> {
  const result = await core.upload([bytes], { transport: 'test', sessionToken });
  if (!result.ok) throw new Error(`upload failed: ${result.error.code} ${result.error.message}`);
  return result.value.uploadId;
}

/** First-run setup with SAMPLE_ORGANISATION; returns the administrator's session token. */
export async function setUpAsAdmin(core: Core): Promise<string> {
  const result = await mustCall(core, 'org.setup', SAMPLE_ORGANISATION);
  if (!result.sessionToken) throw new Error('setup did not start a session');
  return result.sessionToken;
}

/** Creates a user with `role` (as the admin), logs in and changes the initial password; returns the token. */
export async function loginAs(
  core: Core,
  adminToken: string,
  role: Role,
  username: string = role,
): Promise<string> {
  await mustCall(
    core,
    'user.create',
    { username, displayName: `测试${role}`, role, password: 'Initial123' },
    adminToken,
  );
  const first = await mustCall(core, 'auth.login', { username, password: 'Initial123' });
  if (!first.sessionToken) throw new Error('login did not start a session');
  await mustCall(
    core,
    'auth.changePassword',
    { currentPassword: 'Initial123', newPassword: 'Changed456' },
    first.sessionToken,
  );
  return first.sessionToken;
}

export const ADMIN = { username: 'admin', displayName: '王管理', password: 'Admin12345' } as const;

export const SAMPLE_ORGANISATION = {
  name: '南京市栖霞区尧化街道人民调解委员会',
  kind: 'committee',
  level: 'town',
  regionCode: '320113',
  abbreviation: '栖尧',
  sealName: '南京市栖霞区尧化街道人民调解委员会',
  admin: ADMIN,
} as const;

export function dbFile(dataDir: string): string {
  return path.join(dataDir, 'mediation-desk.db');
}
