import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [full] : [];
  });
}

const ELECTRON_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron(?:\/[^'"]*)?['"]/;
const SHELL_IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"][^'"]*main\/electron\/[^'"]*['"]/;

// Belt and braces next to the ESLint rule: loading `electron` outside the shell would make a test
// (or the HTTP host) try to download the Electron binary.
test('electron is imported only under src/main/electron/, and nothing outside it imports the shell', () => {
  const shellDir = path.join(root, 'src', 'main', 'electron') + path.sep;
  const files = [
    ...sources(path.join(root, 'src')),
    ...sources(path.join(root, 'tests')),
    ...sources(path.join(root, 'scripts')),
  ];
  files.push(
    ...['forge.config.ts', 'vite.main.config.ts', 'vite.preload.config.ts'].map((name) =>
      path.join(root, name),
    ),
  );
  const offenders = files
    .filter((file) => !file.startsWith(shellDir))
    .filter((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return ELECTRON_IMPORT.test(text) || SHELL_IMPORT.test(text);
    })
    .map((file) => path.relative(root, file));
  expect(offenders).toEqual([]);
  expect(sources(shellDir).map((file) => path.basename(file))).toEqual(
    expect.arrayContaining(['main.ts', 'preload.ts']),
  );
});
