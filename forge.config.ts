import fs from 'node:fs';
import path from 'node:path';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MakerNsis } from './src/main/desktop/packaging/MakerNsis.ts';
import { NATIVE_MODULES, ignoreInPackage } from './src/main/desktop/packaging/packageIgnore.ts';

// Nothing here may load `electron`: tests import this file, and the Electron binary is fetched on
// first require. Migrations need no shipping: they are compiled into main.cjs through their index.
const templatesDir = path.join(import.meta.dirname, 'templates');

const config: ForgeConfig = {
  packagerConfig: {
    // The executable keeps the product name: electron-builder's NSIS script expects `调解台.exe`.
    name: '调解台',
    appBundleId: 'cn.mediationdesk.app',
    appCopyright: '调解台',
    // Native addons cannot be loaded from inside the archive; better-sqlite3's prebuild is unpacked.
    asar: { unpack: '**/*.node' },
    ignore: ignoreInPackage,
    // The ignore rule is an allowlist. With pruning on, @electron/packager would ask its pruner
    // instead of the rule for every module folder and copy an empty folder per production dependency.
    prune: false,
    // Document templates are replaced by centres and read at run time: they live beside the archive
    // (resources/templates). Optional so a checkout without templates can still be packaged.
    extraResource: fs.existsSync(templatesDir) ? [templatesDir] : [],
  },
  // better-sqlite3 13 ships N-API prebuilds that run under Electron as they are. @electron/rebuild
  // would still try node-gyp for it (binding.gyp is present) and fetch Electron headers.
  rebuildConfig: { ignoreModules: [...NATIVE_MODULES] },
  makers: [
    new MakerNsis({ appId: 'cn.mediationdesk.app', artifactName: 'mediation-desk-setup-${version}.${ext}' }),
    new MakerZIP({}, ['win32', 'linux']),
    new MakerDeb(
      {
        options: {
          name: 'mediation-desk',
          bin: '调解台',
          productName: '调解台',
          genericName: '人民调解案件管理',
          description: '调解台：人民调解案件管理桌面程序（离线优先）',
          categories: ['Office'],
          maintainer: '调解台项目组',
        },
      },
      ['linux'],
    ),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'src/main/electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'src/main/electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // Started as a worker thread by the core to check the data file's pages in the background.
        { entry: 'src/main/db/integrityCheckWorker.ts', config: 'vite.main.config.ts', target: 'main' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Flipped in the Electron binary at package time; see stack-notes §7.19.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
