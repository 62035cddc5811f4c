/**
 * Edit forms are filled from masked results (IDs and phones leave the router masked), so a mask sent
 * back means "keep the stored value" (`keepIfMasked`). These apply that rule to the writes whose
 * input carries such fields: a party (ID number, each phone contact) and a case (reporter's phone).
 * Without it `party.update` refused its own mask as an invalid phone (issue 15 item 9).
 */
import { keepIfMasked, maskIdNumber, maskPhone } from '../../shared/format/maskPersonalData.ts';

interface StoredContact {
  readonly kind: string;
  readonly value: string;
}

export function unmaskParty<
  P extends { idNumber?: string | null; contacts: readonly { kind?: string | undefined; value: string }[] },
>(sent: P, stored: { id_number: string | null }, storedContacts: readonly StoredContact[]): P {
  return {
    ...sent,
    idNumber: keepIfMasked(sent.idNumber, stored.id_number, maskIdNumber),
    contacts: sent.contacts.map((contact) => {
      if (!contact.value.includes('*')) return contact;
      const match = storedContacts.find(
        (c) =>
          (contact.kind === undefined || contact.kind === c.kind) &&
          keepIfMasked(contact.value, c.value, maskPhone) === c.value,
      );
      return match ? { ...contact, value: match.value } : contact;
    }),
  };
}

export function unmaskReporterPhone(
  sent: string | null | undefined,
  stored: string | null,
): string | null | undefined {
  return keepIfMasked(sent, stored, maskPhone);
}
