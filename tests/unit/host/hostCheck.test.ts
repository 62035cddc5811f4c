import os from 'node:os';
import { expect, test } from 'vitest';
import { createHostCheck, hostnameOf } from '../../../src/main/host/hostCheck.ts';

test('Host names: loopback always, the bound address, listed names; nothing else (DNS rebinding)', () => {
  const loopbackOnly = createHostCheck('127.0.0.1');
  for (const ok of ['127.0.0.1:5317', 'localhost:5317', 'LOCALHOST', '[::1]:5317'])
    expect(loopbackOnly(ok), ok).toBe(true);
  for (const bad of [
    'attacker.example:5317',
    'attacker.example',
    '127.0.0.1.attacker.example',
    '',
    undefined,
    'a b',
  ])
    expect(loopbackOnly(bad), String(bad)).toBe(false);

  const lan = createHostCheck('192.168.1.20', ['qiantai-pc']);
  expect(lan('192.168.1.20:5317')).toBe(true);
  expect(lan('QianTai-PC:5317')).toBe(true);
  expect(lan('192.168.1.21:5317')).toBe(false);

  // Bound to every interface: this computer's own addresses, and still no foreign name.
  const all = createHostCheck('0.0.0.0');
  const own = Object.values(os.networkInterfaces())
    .flat()
    .find((item) => item && item.family === 'IPv4')!.address;
  expect(all(`${own}:5317`)).toBe(true);
  expect(all('203.0.113.9:5317')).toBe(false);
  expect(all('rebind.attacker.example:5317')).toBe(false);
  expect(hostnameOf('[::1]:80')).toBe('::1');
});
