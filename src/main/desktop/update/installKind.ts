import path from 'node:path';

/**
 * How this copy was installed decides how it can update: the NSIS installer and the .deb can be
 * replaced by a newer installer; a portable zip and a development run cannot.
 */
export type InstallKind = 'nsis' | 'deb' | 'portable' | 'development';

export interface InstallFacts {
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly execPath: string;
  /** The product name the NSIS uninstaller is named after ("Uninstall 调解台.exe"). */
  readonly productName: string;
  readonly exists: (file: string) => boolean;
}

export function detectInstallKind(facts: InstallFacts): InstallKind {
  if (!facts.isPackaged) return 'development';
  if (facts.platform === 'win32') {
    const uninstaller = path.win32.join(
      path.win32.dirname(facts.execPath),
      `Uninstall ${facts.productName}.exe`,
    );
    return facts.exists(uninstaller) ? 'nsis' : 'portable';
  }
  // Forge's deb maker installs under /usr/lib/<name>/; anything else is an unpacked zip.
  if (facts.platform === 'linux' && facts.execPath.startsWith('/usr/lib/')) return 'deb';
  return 'portable';
}
