import type { SenderFrameLike } from '../../../src/main/desktop/ipc/senderValidation.ts';

type Listener<S> = (
  event: { senderFrame: SenderFrameLike | null; sender: S },
  ...args: unknown[]
) => Promise<unknown>;

/**
 * A minimal `ipcMain`: like Electron, it refuses a second handler on the same channel, and
 * `invoke` plays the renderer's `ipcRenderer.invoke` from a chosen frame.
 */
export class IpcMainStandIn<S = { frame: SenderFrameLike | null; id: number }> {
  readonly handlers = new Map<string, Listener<S>>();

  handle(channel: string, listener: Listener<S>): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  invoke(frame: SenderFrameLike | null, channel: string, ...args: unknown[]): Promise<unknown> {
    return this.invokeFrom(1, frame, channel, ...args);
  }

  /** As `invoke`, from the window whose WebContents id is `windowId`. */
  invokeFrom(
    windowId: number,
    frame: SenderFrameLike | null,
    channel: string,
    ...args: unknown[]
  ): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener({ senderFrame: frame, sender: { frame, id: windowId } as S }, ...args);
  }
}

export function mainFrame(url: string): SenderFrameLike {
  return { url, parent: null };
}

export function subFrame(url: string, parentUrl = url): SenderFrameLike {
  return { url, parent: mainFrame(parentUrl) };
}
