import { expect, test, vi } from 'vitest';
import { silentLogger } from '../../../src/main/core/logger.ts';
import { DESKTOP_CHANNELS } from '../../../src/main/desktop/bridge/desktopBridge.ts';
import { safeFileName, uniqueFileName } from '../../../src/main/desktop/bridge/fileNames.ts';
import {
  registerDesktopHandlers,
  type DesktopActions,
} from '../../../src/main/desktop/bridge/registerDesktopHandlers.ts';
import { SENDER_REFUSED } from '../../../src/main/desktop/ipc/registerApiHandler.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/desktop/protocol/appProtocol.ts';
import { AppError } from '../../../src/shared/errors.ts';
import { IpcMainStandIn, mainFrame, subFrame } from './ipcMainStandIn.ts';

type Sender = { frame: unknown };

function setup() {
  const actions = {
    print: vi.fn(async () => ({ printed: true })),
    printToPdf: vi.fn(async (_s: Sender, name: string) => ({ path: `/docs/${name}` })),
    saveFile: vi.fn(async (_s: Sender, name: string) => ({ path: `/docs/${name}` })),
    openDocument: vi.fn(async (name: string) => ({ path: `/data/导出/${name}` })),
    updateStatus: vi.fn(() => ({ state: 'off', text: '未设置更新地址，自动更新已关闭' })),
  } satisfies DesktopActions<Sender>;
  const ipcMain = new IpcMainStandIn<Sender>();
  registerDesktopHandlers<Sender>({ ipcMain, allowedOrigins: [APP_ORIGIN], actions, logger: silentLogger });
  const ours = mainFrame(APP_ENTRY_URL);
  return {
    actions,
    ipcMain,
    invoke: (channel: string, request?: unknown, frame = ours) => ipcMain.invoke(frame, channel, request),
  };
}

test('one handler per desktop channel, all behind the sender check', async () => {
  const { ipcMain, actions } = setup();
  expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(DESKTOP_CHANNELS).sort());
  for (const channel of Object.values(DESKTOP_CHANNELS)) {
    for (const frame of [subFrame(APP_ENTRY_URL), mainFrame('https://evil.example/'), null]) {
      await expect(ipcMain.invoke(frame, channel, { suggestedName: 'a.pdf' })).resolves.toEqual(
        SENDER_REFUSED,
      );
    }
  }
  for (const action of Object.values(actions)) expect(action).not.toHaveBeenCalled();
});

test('requests are validated and file names made safe before Electron sees them', async () => {
  const { invoke, actions } = setup();
  await expect(invoke(DESKTOP_CHANNELS.print)).resolves.toEqual({ ok: true, value: { printed: true } });
  await expect(
    invoke(DESKTOP_CHANNELS.printToPdf, { suggestedName: '..\\..\\（2026）栖尧调字第1号' }),
  ).resolves.toEqual({
    ok: true,
    value: { path: '/docs/_.._（2026）栖尧调字第1号.pdf' },
  });
  await invoke(DESKTOP_CHANNELS.saveFile, { suggestedName: 'CON.docx', data: new Uint8Array([1]) });
  expect(actions.saveFile.mock.calls[0]?.[1]).toBe('_CON.docx');
  await expect(
    invoke(DESKTOP_CHANNELS.saveFile, { suggestedName: 'a.docx', data: 'not bytes' }),
  ).resolves.toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  await expect(
    invoke(DESKTOP_CHANNELS.saveFile, {
      suggestedName: 'a.docx',
      data: new Uint8Array(1),
      path: '/etc/passwd',
    }),
  ).resolves.toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
  await expect(
    invoke(DESKTOP_CHANNELS.openDocument, { fileName: '调解协议书.docx', data: new Uint8Array([1]) }),
  ).resolves.toEqual({
    ok: true,
    value: { path: '/data/导出/调解协议书.docx' },
  });
  for (const fileName of ['run.exe', 'x.bat', 'a.docx.lnk', 'a.js', 'noext']) {
    await expect(
      invoke(DESKTOP_CHANNELS.openDocument, { fileName, data: new Uint8Array([1]) }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('只能打开') },
    });
  }
  expect(actions.openDocument).toHaveBeenCalledTimes(1);
  await expect(invoke(DESKTOP_CHANNELS.updateStatus)).resolves.toMatchObject({
    ok: true,
    value: { state: 'off' },
  });
});

test('a failing action becomes a coded error; an AppError keeps its own Chinese message', async () => {
  const { invoke, actions } = setup();
  actions.print.mockRejectedValueOnce(new Error('printer on fire'));
  await expect(invoke(DESKTOP_CHANNELS.print)).resolves.toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: '操作没有完成，错误已记入日志。' },
  });
  actions.openDocument.mockRejectedValueOnce(
    new AppError('INTERNAL', '文档已保存，但没有找到可以打开它的程序（如 WPS 或 Word）。'),
  );
  await expect(
    invoke(DESKTOP_CHANNELS.openDocument, { fileName: 'a.docx', data: new Uint8Array([1]) }),
  ).resolves.toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('WPS') },
  });
});

test('file names: no folders, no Windows-forbidden characters or device names, bounded length', () => {
  expect(safeFileName('a/b\\c:d*e?f"g<h>i|j.docx')).toBe('a_b_c_d_e_f_g_h_i_j.docx');
  expect(safeFileName('  调解协议书.docx  ')).toBe('调解协议书.docx');
  expect(safeFileName('report. . ')).toBe('report');
  expect(safeFileName('...hidden')).toBe('hidden');
  expect(safeFileName('nul.txt')).toBe('_nul.txt');
  expect(safeFileName('COM1')).toBe('_COM1');
  expect(safeFileName('')).toBe('文档');
  expect(safeFileName('\u0000\u001f')).toBe('__');
  const long = safeFileName(`${'案'.repeat(300)}.docx`);
  expect(long.length).toBe(120);
  expect(long.endsWith('.docx')).toBe(true);
  const taken = new Set(['a.docx', 'a (2).docx']);
  expect(uniqueFileName('a.docx', (name) => taken.has(name))).toBe('a (3).docx');
  expect(uniqueFileName('b.docx', (name) => taken.has(name))).toBe('b.docx');
});
