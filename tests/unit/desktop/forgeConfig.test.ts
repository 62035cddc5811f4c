import { registerHooks } from 'node:module';
import { beforeAll, expect, test } from 'vitest';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

// The Electron binary would be downloaded the first time the electron module loads. Make any attempt,
// from forge.config.ts or anything it loads, fail loudly instead.
const electronLoads: string[] = [];
registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'electron' || specifier.startsWith('electron/')) {
      electronLoads.push(`${specifier} from ${context.parentURL ?? '?'}`);
      throw new Error(`forge config must not load electron (${specifier})`);
    }
    return next(specifier, context);
  },
});

let config: ForgeConfig;
let ignore: (file: string) => boolean;
type Plugin = { name: string; config: Record<string, unknown> };
type Maker = { name: string; platforms: string[]; config: Record<string, unknown> };

beforeAll(async () => {
  config = (await import('../../../forge.config.ts')).default;
  ignore = config.packagerConfig?.ignore as (file: string) => boolean;
});

test('loading the forge config does not load electron', () => {
  expect(electronLoads).toEqual([]);
});

test('native .node files are unpacked from the asar archive', () => {
  expect(config.packagerConfig?.asar).toEqual({ unpack: '**/*.node' });
  expect(config.rebuildConfig).toEqual({ ignoreModules: ['better-sqlite3'] });
});

test('the package keeps the Vite output, package.json and the runtime part of better-sqlite3 only', () => {
  expect(typeof ignore).toBe('function');
  // Otherwise the packager's pruner, not this rule, decides about module folders.
  expect(config.packagerConfig?.prune).toBe(false);
  const kept = [
    '',
    '/package.json',
    '/.vite',
    '/.vite/build/main.cjs',
    '/.vite/build/preload.cjs',
    '/.vite/build/integrityCheckWorker.cjs',
    '/.vite/renderer/main_window/index.html',
    '/node_modules',
    '/node_modules/better-sqlite3',
    '/node_modules/better-sqlite3/package.json',
    '/node_modules/better-sqlite3/lib',
    '/node_modules/better-sqlite3/lib/index.js',
    '/node_modules/better-sqlite3/lib/methods/transaction.js',
    '/node_modules/better-sqlite3/prebuilds',
    '/node_modules/better-sqlite3/prebuilds/win32-x64.node',
    '/node_modules/better-sqlite3/prebuilds/linux-x64.node',
    '/node_modules/better-sqlite3/prebuilds/linux-arm64.node',
  ];
  const dropped = [
    '/src',
    '/src/main/electron/main.ts',
    '/tests',
    '/migrations',
    '/templates',
    '/forge.config.ts',
    '/package-lock.json',
    '/.git',
    '/out',
    '/node_modules/kysely',
    '/node_modules/electron',
    '/node_modules/electron-updater',
    '/node_modules/app-builder-lib',
    '/node_modules/.bin',
    '/node_modules/better-sqlite3-evil',
    '/node_modules/better-sqlite3/src',
    '/node_modules/better-sqlite3/deps',
    '/node_modules/better-sqlite3/binding.gyp',
    '/node_modules/better-sqlite3/build',
    '/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    '/node_modules/better-sqlite3/prebuilds/darwin-arm64.node',
    '/node_modules/better-sqlite3/prebuilds/linuxmusl-x64.node',
    '/.vitefoo',
  ];
  for (const file of kept) expect(ignore(file), `keeps ${file}`).toBe(false);
  for (const file of dropped) expect(ignore(file), `drops ${file}`).toBe(true);
  // Packager passes forward slashes, but a backslash path must not slip through either.
  expect(ignore('\\node_modules\\kysely')).toBe(true);
  expect(ignore('\\node_modules\\better-sqlite3\\lib\\index.js')).toBe(false);
});

test('document templates ship beside the archive when present', () => {
  const extra = config.packagerConfig?.extraResource;
  expect(Array.isArray(extra)).toBe(true);
  for (const entry of extra as string[]) expect(entry).toMatch(/templates$/);
});

test('Vite builds main, preload and the main_window renderer; better-sqlite3 stays external', async () => {
  const vite = (config.plugins ?? []).find(
    (plugin) => (plugin as unknown as Plugin).name === 'vite',
  ) as unknown as Plugin;
  expect(vite).toBeDefined();
  expect(vite.config['build']).toEqual([
    { entry: 'src/main/electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
    { entry: 'src/main/electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
    { entry: 'src/main/db/integrityCheckWorker.ts', config: 'vite.main.config.ts', target: 'main' },
  ]);
  expect(vite.config['renderer']).toEqual([{ name: 'main_window', config: 'vite.renderer.config.ts' }]);
  const main = (await import('../../../vite.main.config.ts')).default as {
    build: { rollupOptions: { external: string[] } };
  };
  expect(main.build.rollupOptions.external).toContain('better-sqlite3');
});

test('fuses are set per the security checklist', () => {
  const fuses = (config.plugins ?? []).find(
    (plugin) => (plugin as unknown as Plugin).name === 'fuses',
  ) as unknown as Plugin;
  expect(fuses).toBeDefined();
  const set = fuses.config as Record<string | number, unknown>;
  expect(set['version']).toBe(FuseVersion.V1);
  expect(set[FuseV1Options.RunAsNode]).toBe(false);
  expect(set[FuseV1Options.EnableCookieEncryption]).toBe(true);
  expect(set[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
  expect(set[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  expect(set[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  expect(set[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  expect(set[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
});

test('makers: an NSIS installer for Windows, a portable zip for Windows and Linux, a .deb for UOS/Kylin', async () => {
  const makers = config.makers as unknown as (Maker & { prepareConfig(arch: string): Promise<void> })[];
  for (const maker of makers) await maker.prepareConfig('x64');
  const byName = new Map(makers.map((maker) => [maker.name, maker]));
  expect([...byName.keys()].sort()).toEqual(['deb', 'nsis', 'zip']);
  expect(byName.get('nsis')!.platforms).toEqual(['win32']);
  expect(byName.get('zip')!.platforms.sort()).toEqual(['linux', 'win32']);
  expect(byName.get('deb')!.platforms).toEqual(['linux']);
  expect(byName.get('nsis')!.config).toMatchObject({ appId: 'cn.mediationdesk.app' });
  expect(String(byName.get('nsis')!.config['artifactName'])).toMatch(/^[a-z-]+\$\{version\}\.\$\{ext\}$/);
  expect(makers.some((maker) => maker.name === 'squirrel')).toBe(false);
  expect(byName.get('deb')!.config).toMatchObject({ options: { name: 'mediation-desk', bin: '调解台' } });
});
