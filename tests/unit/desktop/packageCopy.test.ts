import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import config from '../../../forge.config.ts';
import { makeTempDir, removeTempDir } from '../../helpers/tempDir.ts';

// @electron/packager's own copy filter (not exported, so loaded by file path): the test runs the
// rule exactly as packaging does, prune setting included, over a small fake project.
const copyFilterUrl = pathToFileURL(
  path.resolve(import.meta.dirname, '../../../node_modules/@electron/packager/dist/copy-filter.js'),
).href;

let work: string;
let project: string;

function write(relative: string, content = 'x'): void {
  const file = path.join(project, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    const relative = '/' + path.relative(base, full).split(path.sep).join('/');
    return entry.isDirectory() ? [relative + '/', ...listFiles(full, base)] : [relative];
  });
}

beforeAll(() => {
  work = makeTempDir();
  project = path.join(work, 'project');
  write(
    'package.json',
    JSON.stringify({ name: 'p', dependencies: { 'better-sqlite3': '13.2.0', react: '19.3.1' } }),
  );
  write('package-lock.json');
  write('forge.config.ts');
  write('src/main/electron/main.ts');
  write('migrations/index.ts');
  write('templates/调解协议书.docx');
  write('.vite/build/main.cjs');
  write('.vite/build/preload.cjs');
  write('.vite/renderer/main_window/index.html');
  write('.vite/renderer/main_window/assets/index-abc.js');
  write('node_modules/react/package.json', JSON.stringify({ name: 'react' }));
  write('node_modules/react/index.js');
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron' }));
  write('node_modules/.bin/vite');
  const sqlite = 'node_modules/better-sqlite3/';
  write(sqlite + 'package.json', JSON.stringify({ name: 'better-sqlite3' }));
  write(sqlite + 'LICENSE');
  write(sqlite + 'binding.gyp');
  write(sqlite + 'lib/index.js');
  write(sqlite + 'lib/methods/transaction.js');
  write(sqlite + 'src/better_sqlite3.cpp');
  write(sqlite + 'deps/sqlite3/sqlite3.c');
  write(sqlite + 'build/Release/better_sqlite3.node');
  for (const target of [
    'win32-x64',
    'win32-arm64',
    'linux-x64',
    'linux-arm64',
    'darwin-x64',
    'linuxmusl-x64',
  ]) {
    write(`${sqlite}prebuilds/${target}.node`);
  }
});

afterAll(() => removeTempDir(work));

test('packaging copies only the Vite output, package.json and better-sqlite3’s runtime files', async () => {
  const { userPathFilter } = (await import(copyFilterUrl)) as {
    userPathFilter(opts: object): (file: string) => Promise<boolean> | boolean;
  };
  const packager = config.packagerConfig!;
  const filter = userPathFilter({
    dir: project,
    out: path.join(work, 'out'),
    ignore: packager.ignore,
    prune: packager.prune,
    quiet: true,
  });
  const dest = path.join(work, 'app');
  await fs.promises.cp(project, dest, { recursive: true, dereference: true, filter: (src) => filter(src) });
  expect(listFiles(dest).sort()).toEqual(
    [
      '/.vite/',
      '/.vite/build/',
      '/.vite/build/main.cjs',
      '/.vite/build/preload.cjs',
      '/.vite/renderer/',
      '/.vite/renderer/main_window/',
      '/.vite/renderer/main_window/assets/',
      '/.vite/renderer/main_window/assets/index-abc.js',
      '/.vite/renderer/main_window/index.html',
      '/node_modules/',
      '/node_modules/better-sqlite3/',
      '/node_modules/better-sqlite3/LICENSE',
      '/node_modules/better-sqlite3/lib/',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/better-sqlite3/lib/methods/',
      '/node_modules/better-sqlite3/lib/methods/transaction.js',
      '/node_modules/better-sqlite3/package.json',
      '/node_modules/better-sqlite3/prebuilds/',
      '/node_modules/better-sqlite3/prebuilds/linux-arm64.node',
      '/node_modules/better-sqlite3/prebuilds/linux-x64.node',
      '/node_modules/better-sqlite3/prebuilds/win32-arm64.node',
      '/node_modules/better-sqlite3/prebuilds/win32-x64.node',
      '/package.json',
    ].sort(),
  );
});
