import { expect, test } from 'vitest';
import { isTrustedSender, originOf } from '../../../src/main/desktop/ipc/senderValidation.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../src/main/desktop/protocol/appProtocol.ts';
import { mainFrame, subFrame } from './ipcMainStandIn.ts';

test('origins are built from scheme and host, including for our custom scheme', () => {
  expect(originOf(APP_ENTRY_URL)).toBe('app://desk');
  expect(originOf('app://desk/assets/x.js?v=1#/cases')).toBe('app://desk');
  expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
  expect(originOf('https://example.org:443/a')).toBe('https://example.org');
  expect(originOf('about:blank')).toBeNull();
  expect(originOf('file:///etc/passwd')).toBeNull();
  expect(originOf('app://user:pw@desk/')).toBeNull();
  expect(originOf('::not a url')).toBeNull();
});

test('only the main frame of our own origin is trusted', () => {
  const ours = [APP_ORIGIN];
  expect(isTrustedSender(mainFrame(APP_ENTRY_URL), ours)).toBe(true);
  expect(isTrustedSender(mainFrame('app://desk/index.html#/cases/1'), ours)).toBe(true);
  expect(isTrustedSender(subFrame(APP_ENTRY_URL), ours)).toBe(false);
  expect(isTrustedSender(mainFrame('app://desk.evil/index.html'), ours)).toBe(false);
  expect(isTrustedSender(mainFrame('app://deskx/index.html'), ours)).toBe(false);
  expect(isTrustedSender(mainFrame('app://evil/app://desk/'), ours)).toBe(false);
  expect(isTrustedSender(mainFrame('https://desk/index.html'), ours)).toBe(false);
  expect(isTrustedSender(mainFrame('http://localhost:5173/'), ours)).toBe(false);
  expect(isTrustedSender(null, ours)).toBe(false);
  expect(isTrustedSender(undefined, ours)).toBe(false);
});

test('in development the Vite dev server origin is the trusted one, port included', () => {
  const dev = ['http://localhost:5173'];
  expect(isTrustedSender(mainFrame('http://localhost:5173/'), dev)).toBe(true);
  expect(isTrustedSender(mainFrame('http://localhost:5174/'), dev)).toBe(false);
  expect(isTrustedSender(mainFrame('http://localhost:5173.evil.com/'), dev)).toBe(false);
  expect(isTrustedSender(mainFrame(APP_ENTRY_URL), dev)).toBe(false);
});
