import path from 'node:path';
import { MakerBase, type MakerOptions } from '@electron-forge/maker-base';
import type { ForgePlatform } from '@electron-forge/shared-types';

export interface MakerNsisConfig {
  /** electron-builder's `appId`: also the key NSIS uses to find an existing install to upgrade. */
  readonly appId: string;
  /** ASCII installer name; intranet servers and USB sticks handle it more reliably than 调解台. */
  readonly artifactName: string;
}

/**
 * A Windows NSIS installer that electron-updater can update (Squirrel.Windows cannot be updated by
 * it). The `electron-forge-maker-nsis` package only exports a Forge-5-style function, which Forge 8
 * cannot instantiate, so this class adapts the same call — electron-builder's `build` on the
 * already packaged app — to Forge 8's MakerBase. Only the installer is built here; the update feed
 * (`latest.yml`) is written by scripts/make-update-feed.ts, and the feed URL is a runtime setting
 * rather than an `app-update.yml` baked into the package.
 */
export class MakerNsis extends MakerBase<MakerNsisConfig> {
  name = 'nsis';
  defaultPlatforms: ForgePlatform[] = ['win32'];

  override isSupportedOnCurrentPlatform(): boolean {
    // electron-builder brings its own makensis for Linux and Windows hosts.
    return process.platform === 'win32' || process.platform === 'linux';
  }

  override async make(options: MakerOptions): Promise<string[]> {
    // Loaded lazily: app-builder-lib is large, and reading forge.config.ts (tests, `forge start`)
    // must not pay for it.
    const { build } = await import('app-builder-lib');
    const outDir = path.resolve(options.makeDir, 'nsis', options.targetPlatform, options.targetArch);
    const packageJSON = options.packageJSON as { devDependencies?: Record<string, string> };
    const artifacts = await build({
      prepackaged: options.dir,
      projectDir: process.cwd(),
      win: [`nsis:${options.targetArch}`],
      publish: 'never',
      config: {
        appId: this.config.appId,
        productName: options.appName,
        electronVersion: packageJSON.devDependencies?.['electron'],
        directories: { output: outDir },
        publish: null,
        nsis: {
          oneClick: false,
          perMachine: false,
          allowToChangeInstallationDirectory: true,
          artifactName: this.config.artifactName,
          installerLanguages: ['zh_CN'],
          language: '2052',
          shortcutName: options.appName,
          uninstallDisplayName: options.appName,
          // The data folder is the centre's records: uninstalling must never delete it.
          deleteAppDataOnUninstall: false,
        },
      },
    });
    return artifacts.filter((file) => file.endsWith('.exe') || file.endsWith('.blockmap'));
  }
}
