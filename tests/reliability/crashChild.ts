/**
 * Child process for the crash-safety test: writes cases through the real core as fast as it can
 * and prints `ACK <n>` only after the call returned ok (the transaction committed with
 * synchronous=FULL). The test kills it with SIGKILL at a random moment.
 */
import { systemClock } from '../../src/main/core/clock.ts';
import { createCore } from '../../src/main/core/createCore.ts';
import { silentLogger } from '../../src/main/core/logger.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../helpers/testCore.ts';

const [dataDir, runId] = process.argv.slice(2);
if (!dataDir || !runId) throw new Error('usage: crashChild.ts DATA_DIR RUN_ID');

const core = await createCore({
  dataDir,
  version: 'crash-test',
  clock: systemClock,
  logger: silentLogger,
  autoBackup: false,
});
if (!core.status.ok) {
  process.stdout.write(`OPEN-FAILED ${core.status.error.message}\n`);
  process.exit(3);
}
const setup = await core.call('org.setup', SAMPLE_ORGANISATION, { transport: 'test' });
const login = setup.ok
  ? setup
  : await core.call(
      'auth.login',
      { username: ADMIN.username, password: ADMIN.password },
      { transport: 'test' },
    );
if (!login.ok) throw new Error(`login failed: ${login.error.message}`);
const sessionToken = (login.value as { sessionToken: string }).sessionToken;

process.stdout.write('READY\n');
for (let n = 0; ; n += 1) {
  const title = `崩溃测试 ${runId}-${n}`;
  const result = await core.call(
    'case.create',
    { title, summary: '断电模拟：写入后立即确认。', parties: [{ role: 'applicant', name: '张三' }] },
    { transport: 'test', sessionToken },
  );
  if (!result.ok) throw new Error(`write failed: ${result.error.message}`);
  process.stdout.write(`ACK ${title}\n`);
}
