import type { ApiResult } from '../../../shared/api/result.ts';

// This file is bundled into the sandboxed preload: it must stay free of Node imports.

/** Name of the second, Electron-only object on `window`; the renderer treats it as optional. */
export const DESKTOP_BRIDGE_KEY = 'mediationDeskDesktop';

/** One fixed channel per capability: the preload never forwards a channel name it was given. */
export const DESKTOP_CHANNELS = Object.freeze({
  print: 'desktop:print',
  printToPdf: 'desktop:print-to-pdf',
  saveFile: 'desktop:save-file',
  openDocument: 'desktop:open-document',
  updateStatus: 'desktop:update-status',
} as const);

export type DesktopCapability = keyof typeof DESKTOP_CHANNELS;

export interface SaveFileRequest {
  /** Proposed file name, e.g. "（2026）栖尧调字第12号 调解协议书.docx"; the user may change it. */
  readonly suggestedName: string;
  readonly data: Uint8Array;
}

export interface OpenDocumentRequest {
  readonly fileName: string;
  readonly data: Uint8Array;
}

/**
 * Desktop-only capabilities. Absent in the browser (HTTP host), so the renderer checks
 * `window.mediationDeskDesktop` and hides print/open buttons it cannot offer.
 */
export interface DesktopBridge {
  /** Prints the current page with the system print dialog (print CSS decides what shows). */
  print(): Promise<ApiResult<{ readonly printed: boolean }>>;
  /** Renders the current page to PDF and asks where to save it. */
  printToPdf(request: {
    readonly suggestedName: string;
  }): Promise<ApiResult<{ readonly path: string | null }>>;
  /** Save-as dialog for bytes made in the renderer or returned by the API. */
  saveFile(request: SaveFileRequest): Promise<ApiResult<{ readonly path: string | null }>>;
  /** Writes a .docx/.xlsx/.pdf into the data folder's 导出 folder and opens it in WPS/Word. */
  openDocument(request: OpenDocumentRequest): Promise<ApiResult<{ readonly path: string }>>;
  /** The quiet update status line. */
  updateStatus(): Promise<ApiResult<{ readonly state: string; readonly text: string }>>;
}

export type DesktopInvoke = (channel: string, request?: unknown) => Promise<unknown>;

export function createDesktopBridge(invoke: DesktopInvoke): DesktopBridge {
  const call = <T>(channel: string, request?: unknown) => invoke(channel, request) as Promise<ApiResult<T>>;
  return Object.freeze({
    print: () => call<{ printed: boolean }>(DESKTOP_CHANNELS.print),
    printToPdf: (request: { suggestedName: string }) =>
      call<{ path: string | null }>(DESKTOP_CHANNELS.printToPdf, request),
    saveFile: (request: SaveFileRequest) => call<{ path: string | null }>(DESKTOP_CHANNELS.saveFile, request),
    openDocument: (request: OpenDocumentRequest) =>
      call<{ path: string }>(DESKTOP_CHANNELS.openDocument, request),
    updateStatus: () => call<{ state: string; text: string }>(DESKTOP_CHANNELS.updateStatus),
  });
}
