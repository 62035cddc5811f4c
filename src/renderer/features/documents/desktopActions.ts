/**
 * The Electron-only abilities (docs/desktop.md), as far as the documents pages use them. In the browser
 * `window.mediationDeskDesktop` is absent and the pages fall back to window.print and downloads.
 * Declared here structurally: the renderer cannot import src/main.
 */
type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly message: string } };

export interface DesktopDocumentActions {
  print(): Promise<Envelope<{ readonly printed: boolean }>>;
  printToPdf(request: {
    readonly suggestedName: string;
  }): Promise<Envelope<{ readonly path: string | null }>>;
  saveFile(request: {
    readonly suggestedName: string;
    readonly data: Uint8Array;
  }): Promise<Envelope<{ readonly path: string | null }>>;
  openDocument(request: {
    readonly fileName: string;
    readonly data: Uint8Array;
  }): Promise<Envelope<{ readonly path: string }>>;
}

export function desktopActions(): DesktopDocumentActions | null {
  const bridge = (window as { mediationDeskDesktop?: DesktopDocumentActions }).mediationDeskDesktop;
  return bridge && typeof bridge.print === 'function' ? bridge : null;
}
