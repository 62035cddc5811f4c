import { z } from 'zod';
import type { ApiResult } from '../../../shared/api/result.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { SENDER_REFUSED } from '../ipc/registerApiHandler.ts';
import { isTrustedSender, type SenderFrameLike } from '../ipc/senderValidation.ts';
import { DESKTOP_CHANNELS } from './desktopBridge.ts';
import { safeFileName } from './fileNames.ts';

/** Documents the app may hand to the system's office suite; never executables or scripts. */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.docx', '.doc', '.xlsx', '.pdf', '.wps'];
const MAX_BYTES = 200 * 1024 * 1024;

const bytes = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength <= MAX_BYTES, '文件过大（超过 200 MB）');
const name = z.string().trim().min(1, '缺少文件名').max(200, '文件名过长');

export const printToPdfRequest = z.object({ suggestedName: name }).strict();
export const saveFileRequest = z.object({ suggestedName: name, data: bytes }).strict();
export const openDocumentRequest = z
  .object({ fileName: name, data: bytes })
  .strict()
  .refine(
    (request) => OPENABLE_EXTENSIONS.some((ext) => request.fileName.toLowerCase().endsWith(ext)),
    `只能打开以下类型的文档：${OPENABLE_EXTENSIONS.join('、')}`,
  );

/** What the Electron layer implements with dialog, shell and webContents; S is its WebContents. */
export interface DesktopActions<S> {
  print(sender: S): Promise<{ printed: boolean }>;
  printToPdf(sender: S, suggestedName: string): Promise<{ path: string | null }>;
  saveFile(sender: S, suggestedName: string, data: Uint8Array): Promise<{ path: string | null }>;
  openDocument(fileName: string, data: Uint8Array): Promise<{ path: string }>;
  updateStatus(): { state: string; text: string };
}

export interface DesktopIpcMainLike<S> {
  handle(
    channel: string,
    listener: (
      event: { readonly senderFrame: SenderFrameLike | null; readonly sender: S },
      ...args: unknown[]
    ) => Promise<unknown>,
  ): void;
}

export interface DesktopHandlerOptions<S> {
  readonly ipcMain: DesktopIpcMainLike<S>;
  readonly allowedOrigins: readonly string[];
  readonly actions: DesktopActions<S>;
  readonly logger: Logger;
}

/**
 * The Electron-only capabilities, one channel each, with the same sender check as the API channel
 * and input validated here (the renderer is not trusted to send sane names or sizes).
 */
export function registerDesktopHandlers<S>(options: DesktopHandlerOptions<S>): void {
  const { ipcMain, allowedOrigins, actions, logger } = options;

  const on = (channel: string, work: (sender: S, request: unknown) => Promise<unknown> | unknown) => {
    ipcMain.handle(channel, async (event, request) => {
      if (!isTrustedSender(event.senderFrame, allowedOrigins)) {
        logger.warn('ipc.sender-refused', { channel, url: event.senderFrame?.url ?? null });
        return SENDER_REFUSED;
      }
      try {
        return { ok: true, value: await work(event.sender, request) } satisfies ApiResult<unknown>;
      } catch (error) {
        if (error instanceof z.ZodError) {
          return invalid(error.issues.map((issue) => issue.message).join('；'));
        }
        if (error instanceof AppError) {
          logger.warn('desktop.failed', { channel, code: error.code, message: error.message });
          return { ok: false, error: error.toBody() } satisfies ApiResult<never>;
        }
        logger.error('desktop.failed', { channel, error });
        return {
          ok: false,
          error: { code: 'INTERNAL', message: '操作没有完成，错误已记入日志。' },
        } satisfies ApiResult<never>;
      }
    });
  };

  on(DESKTOP_CHANNELS.print, (sender) => actions.print(sender));
  on(DESKTOP_CHANNELS.printToPdf, (sender, request) => {
    const { suggestedName } = printToPdfRequest.parse(request);
    return actions.printToPdf(sender, withExtension(safeFileName(suggestedName), '.pdf'));
  });
  on(DESKTOP_CHANNELS.saveFile, (sender, request) => {
    const { suggestedName, data } = saveFileRequest.parse(request);
    return actions.saveFile(sender, safeFileName(suggestedName), data);
  });
  on(DESKTOP_CHANNELS.openDocument, (_sender, request) => {
    const { fileName, data } = openDocumentRequest.parse(request);
    return actions.openDocument(safeFileName(fileName), data);
  });
  on(DESKTOP_CHANNELS.updateStatus, () => actions.updateStatus());
}

function withExtension(fileName: string, ext: string): string {
  return fileName.toLowerCase().endsWith(ext) ? fileName : `${fileName}${ext}`;
}

function invalid(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'INVALID_INPUT', message } };
}
