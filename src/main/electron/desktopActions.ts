import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell, type WebContents } from 'electron';
import { AppError } from '../../shared/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { DesktopActions } from '../desktop/bridge/registerDesktopHandlers.ts';
import { uniqueFileName } from '../desktop/bridge/fileNames.ts';

const FILTERS: Readonly<Record<string, { name: string; extensions: string[] }>> = {
  '.pdf': { name: 'PDF 文件', extensions: ['pdf'] },
  '.docx': { name: 'Word 文档', extensions: ['docx'] },
  '.xlsx': { name: 'Excel 表格', extensions: ['xlsx'] },
  '.zip': { name: '压缩包', extensions: ['zip'] },
  '.csv': { name: 'CSV 表格', extensions: ['csv'] },
};

export interface DesktopActionDeps {
  readonly dataDir: string;
  readonly logger: Logger;
  readonly updateStatus: () => { state: string; text: string };
}

/** Printing, save-as and "open in WPS/Word", done with the real Electron objects. */
export function createDesktopActions(deps: DesktopActionDeps): DesktopActions<WebContents> {
  const askWhere = async (sender: WebContents, suggestedName: string): Promise<string | null> => {
    const filter = FILTERS[path.extname(suggestedName).toLowerCase()];
    const owner = BrowserWindow.fromWebContents(sender);
    const options = {
      title: '另存为',
      defaultPath: path.join(app.getPath('documents'), suggestedName),
      filters: [...(filter ? [filter] : []), { name: '所有文件', extensions: ['*'] }],
    };
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  return {
    print: (sender) =>
      new Promise((resolve) => {
        sender.print({ silent: false, printBackground: true }, (printed, failureReason) => {
          if (!printed && failureReason !== 'Print job canceled' && failureReason !== 'cancelled') {
            deps.logger.warn('desktop.print-failed', { failureReason });
          }
          resolve({ printed });
        });
      }),
    printToPdf: async (sender, suggestedName) => {
      const target = await askWhere(sender, suggestedName);
      if (target === null) return { path: null };
      const pdf = await sender.printToPDF({ printBackground: true, pageSize: 'A4' });
      await fs.promises.writeFile(target, pdf);
      return { path: target };
    },
    saveFile: async (sender, suggestedName, data) => {
      const target = await askWhere(sender, suggestedName);
      if (target === null) return { path: null };
      await fs.promises.writeFile(target, data);
      return { path: target };
    },
    openDocument: async (fileName, data) => {
      // Inside the data folder, so the edited document is backed up with the data and not lost
      // in a temp folder the system empties.
      const dir = path.join(deps.dataDir, '导出');
      await fs.promises.mkdir(dir, { recursive: true });
      const target = path.join(
        dir,
        uniqueFileName(fileName, (name) => fs.existsSync(path.join(dir, name))),
      );
      await fs.promises.writeFile(target, data);
      const problem = await shell.openPath(target);
      if (problem !== '') {
        deps.logger.warn('desktop.open-failed', { target, problem });
        throw new AppError(
          'INTERNAL',
          `文档已保存到 ${target}，但没有找到可以打开它的程序（如 WPS 或 Word）。`,
        );
      }
      return { path: target };
    },
    updateStatus: () => deps.updateStatus(),
  };
}
