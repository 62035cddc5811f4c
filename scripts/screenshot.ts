/**
 * Looks at pages the way a user would: starts the host on a scratch data folder, sets it up, logs in
 * in Chromium and saves a PNG of each route given. For reviewing UI changes, not part of the tests.
 *
 *   npm run build:renderer && node scripts/screenshot.ts /tmp/shots '#/' '#/settings/backup'
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { startHost } from '../tests/helpers/hostProcess.ts';
import { makeTempDir, removeTempDir } from '../tests/helpers/tempDir.ts';
import { ADMIN, SAMPLE_ORGANISATION } from '../tests/helpers/testCore.ts';

const [outDir, ...routes] = process.argv.slice(2);
if (!outDir || routes.length === 0) throw new Error('usage: screenshot.ts OUT_DIR ROUTE...');
fs.mkdirSync(outDir, { recursive: true });

const dataDir = makeTempDir('mediation-shots-');
const host = await startHost(dataDir);
const browser = await launchChromium();
try {
  await fetch(`${host.url}/api/org.setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(SAMPLE_ORGANISATION),
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(host.url);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('heading', { name: '工作台' }).waitFor();
  for (const [index, route] of routes.entries()) {
    await page.goto(`${host.url}/${route}`);
    await page.waitForTimeout(800);
    const file = path.join(
      outDir,
      `${String(index).padStart(2, '0')}-${route.replace(/[^a-z0-9]+/gi, '_') || 'root'}.png`,
    );
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  await host.stop();
  removeTempDir(dataDir);
}
