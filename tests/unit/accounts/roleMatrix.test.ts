import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixedClock } from '../../../src/main/core/clock.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { createHostServer, listen, type RunningHost } from '../../../src/main/host/hostServer.ts';
import { contract, METHOD_NAMES, type MethodName } from '../../../src/shared/api/contract.ts';
import { roleHasPermission, ROLES, type Role } from '../../../src/shared/api/roles.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';
import { loginAs, setUpAsAdmin, TEST_NOW } from '../../helpers/testCore.ts';

let dir: string;
let core: Core;
let host: RunningHost;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  dir = makeTempDir();
  core = await createCore({
    dataDir: path.join(dir, 'data'),
    version: 'test',
    clock: fixedClock(TEST_NOW),
    logger: silentLogger,
    autoBackup: false,
  });
  const adminToken = await setUpAsAdmin(core);
  tokens.set('admin', adminToken);
  for (const role of ROLES.filter((r) => r !== 'admin'))
    tokens.set(role, await loginAs(core, adminToken, role));
  host = await listen(createHostServer({ core, staticDir: dir, logger: silentLogger }), 0, '127.0.0.1');
}, 60_000);
afterAll(async () => {
  await host.close();
  await core.close();
  removeTempDir(dir);
});

/** Methods whose call would end the caller's session or swap the data under the other rows. */
const SIDE_EFFECTS_ON_THE_TEST: ReadonlySet<MethodName> = new Set(['auth.logout']);

async function post(method: string, token: string | null): Promise<{ status: number; code: string | null }> {
  const response = await fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: '{}',
  });
  const body = (await response.json()) as { ok: boolean; error?: { code: string } };
  return { status: response.status, code: body.ok ? null : (body.error?.code ?? null) };
}

describe('role × method matrix over HTTP', () => {
  const rows = METHOD_NAMES.filter((m) => !SIDE_EFFECTS_ON_THE_TEST.has(m)).flatMap((method) =>
    ROLES.map((role) => [method, role] as const),
  );

  test.each(rows)('%s as %s: allowed or refused exactly as declared', async (method, role) => {
    const { status, code } = await post(method, tokens.get(role)!);
    const permission = contract[method].permission;
    if (permission === 'setup') {
      // Open to anyone without a session; it fails on its own terms (input, or setup already done).
      expect(['CONFLICT', 'INVALID_INPUT']).toContain(code);
    } else if (roleHasPermission(role, permission)) {
      expect([code, status]).not.toContainEqual('PERMISSION_DENIED');
      expect(code).not.toBe('UNAUTHENTICATED');
    } else {
      expect([status, code]).toEqual([403, 'PERMISSION_DENIED']);
    }
  });

  test.each(METHOD_NAMES.filter((m) => !['public', 'setup'].includes(contract[m].permission)))(
    '%s without a session: 401',
    async (method) => {
      expect(await post(method, null)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    },
  );
});

describe('the policy itself (spot checks a reviewer can read)', () => {
  test.each([
    ['leader', 'case.write', false],
    ['leader', 'case.read', true],
    ['statistician', 'stats.read', true],
    ['statistician', 'case.write', false],
    ['mediator', 'case.write', true],
    ['mediator', 'case.archive', false],
    ['reviewer', 'case.archive', true],
    ['intake', 'case.triage', true],
    ['intake', 'case.assign', false],
    ['mediator', 'user.manage', false],
    ['reviewer', 'audit.view', false],
    ['reviewer', 'backup.manage', false],
    ['leader', 'settings.manage', false],
    ['admin', 'user.manage', true],
    ['admin', 'audit.view', true],
  ] as const)('%s → %s: %s', (role, permission, allowed) => {
    expect(roleHasPermission(role, permission)).toBe(allowed);
  });
});
