import { expect, test } from 'vitest';
import { anchorIsGenuine, signAnchor } from '../../../src/main/services/audit/auditAnchor.ts';
import { decodeKey, encodeKey, newAuditKey } from '../../../src/main/services/audit/auditKey.ts';
import { auditHash, GENESIS_HASH } from '../../../src/main/services/auditService.ts';

const row = (seq: number) => ({
  seq,
  time: '2026-11-22T02:00:00.000Z',
  actor_user_id: 1,
  actor_name: '王管理',
  method: 'case.create',
  target_type: 'case',
  target_id: 'x',
  detail: '{}',
  prev_hash: GENESIS_HASH,
});

test('entries from keyedFromSeq on are keyed; earlier ones keep the plain hash', () => {
  const key = newAuditKey(3, '2026-11-22T02:00:00.000Z');
  expect(auditHash(row(2), key)).toBe(auditHash(row(2)));
  expect(auditHash(row(3), key)).not.toBe(auditHash(row(3)));
  // Another installation's key gives another hash: the key is what makes the chain unforgeable.
  expect(auditHash(row(3), key)).not.toBe(auditHash(row(3), newAuditKey(1, key.createdAt)));
});

test('the key file round-trips and refuses a damaged one', () => {
  const key = newAuditKey(1, '2026-11-22T02:00:00.000Z');
  expect(decodeKey(encodeKey(key))).toEqual(key);
  expect(() => decodeKey('{"version":1,"key":"zz","keyedFromSeq":1}')).toThrow();
});

test('an anchor lowered or re-signed without the key is not genuine', () => {
  const key = newAuditKey(1, '2026-11-22T02:00:00.000Z');
  const anchor = signAnchor(key.key, 40, 'a'.repeat(64), '2026-11-22T02:00:00.000Z');
  expect(anchorIsGenuine(key.key, anchor)).toBe(true);
  expect(anchorIsGenuine(key.key, { ...anchor, seq: 30 })).toBe(false);
  expect(
    anchorIsGenuine(key.key, signAnchor(newAuditKey(1, anchor.at).key, 30, anchor.hash, anchor.at)),
  ).toBe(false);
});
