/**
 * The copies clause of a written mediation agreement, domain §1.8 item 6 and §1.14: one copy per party
 * plus one kept by the committee (人民调解法 art. 29), e.g. `本协议一式三份，当事人、人民调解委员会各持一份。`
 */
import { chineseNumeral } from './chineseDate.ts';

/**
 * Number of copies for `partyCount` parties. Count every party who signs (each natural person or
 * organisation named as 当事人), not agents or guardians, who act for a party and share its copy.
 */
export function agreementCopies(partyCount: number): number {
  if (!Number.isInteger(partyCount) || partyCount < 2) {
    throw new RangeError(`调解协议至少应有两方当事人，收到的当事人数为：${partyCount}`);
  }
  if (partyCount > 98) throw new RangeError(`当事人数过多（${partyCount}），请手工填写份数。`);
  return partyCount + 1;
}

/** With at least two parties there are at least three copies, so the 两/二 question never arises. */
export function copiesClause(partyCount: number): string {
  return `本协议一式${chineseNumeral(agreementCopies(partyCount))}份，当事人、人民调解委员会各持一份。`;
}
