import { expect, test, vi } from 'vitest';
import { DESKTOP_CHANNELS, createDesktopBridge } from '../../../src/main/desktop/bridge/desktopBridge.ts';
import { API_CHANNEL, BRIDGE_KEY, createBridge } from '../../../src/shared/api/bridge.ts';
import { METHOD_NAMES } from '../../../src/shared/api/contract.ts';

test('the API bridge exposes only transport, call and upload (bytes), and is frozen', () => {
  const bridge = createBridge(async () => ({ ok: true, value: null }));
  expect(BRIDGE_KEY).toBe('mediationDesk');
  expect(Object.keys(bridge).sort()).toEqual(['call', 'transport', 'upload']);
  expect(bridge.transport).toBe('ipc');
  expect(Object.isFrozen(bridge)).toBe(true);
  expect(() => {
    (bridge as unknown as Record<string, unknown>)['call'] = () => 'hijacked';
  }).toThrow(TypeError);
});

test('the API bridge forwards contract methods on the one channel and refuses unknown ones without IPC', async () => {
  const invoke = vi.fn(async (_channel: string, method: string, _input: unknown) => ({
    ok: true,
    value: method,
  }));
  const bridge = createBridge(invoke);
  for (const method of METHOD_NAMES) {
    await expect(bridge.call(method, { a: 1 })).resolves.toEqual({ ok: true, value: method });
  }
  expect(invoke).toHaveBeenCalledTimes(METHOD_NAMES.length);
  expect(invoke.mock.calls.every(([channel]) => channel === API_CHANNEL)).toBe(true);
  expect(invoke.mock.calls[0]?.[2]).toEqual({ a: 1 });

  invoke.mockClear();
  for (const bad of ['fs.readFile', '__proto__', 'constructor', 'toString', '', 42, null]) {
    const result = await bridge.call(bad as string, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  }
  expect(invoke).not.toHaveBeenCalled();
});

test('the desktop bridge is frozen, has exactly the documented capabilities, each on its own fixed channel', async () => {
  const invoke = vi.fn(async (channel: string, request?: unknown) => ({
    ok: true,
    value: { channel, request },
  }));
  const desktop = createDesktopBridge(invoke);
  expect(Object.isFrozen(desktop)).toBe(true);
  expect(Object.keys(desktop).sort()).toEqual([
    'openDocument',
    'print',
    'printToPdf',
    'saveFile',
    'updateStatus',
  ]);
  const data = new Uint8Array([1, 2, 3]);
  await desktop.print();
  await desktop.printToPdf({ suggestedName: '调解协议书' });
  await desktop.saveFile({ suggestedName: 'a.docx', data });
  await desktop.openDocument({ fileName: 'a.docx', data });
  await desktop.updateStatus();
  expect(invoke.mock.calls.map(([channel]) => channel)).toEqual([
    DESKTOP_CHANNELS.print,
    DESKTOP_CHANNELS.printToPdf,
    DESKTOP_CHANNELS.saveFile,
    DESKTOP_CHANNELS.openDocument,
    DESKTOP_CHANNELS.updateStatus,
  ]);
  expect(new Set(Object.values(DESKTOP_CHANNELS)).size).toBe(Object.keys(DESKTOP_CHANNELS).length);
  expect(Object.values(DESKTOP_CHANNELS)).not.toContain(API_CHANNEL);
});
