export interface AboutFacts {
  readonly version: string;
  readonly dataDir: string;
  readonly settingsFile: string;
  readonly updateStatus: string;
  readonly electronVersion: string;
  readonly chromeVersion: string;
}

/** The body of 帮助 → 关于: what a technician on the phone asks for first. */
export function aboutText(facts: AboutFacts): string {
  return [
    `版本：${facts.version}`,
    `数据位置：${facts.dataDir}`,
    `设置文件：${facts.settingsFile}`,
    `更新：${facts.updateStatus}`,
    `运行环境：Electron ${facts.electronVersion}，Chromium ${facts.chromeVersion}`,
  ].join('\n');
}
