import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CaseRow } from '../db/queries/caseRows.ts';
import { loadDossierFacts } from '../db/queries/dossier.ts';
import {
  DOSSIER_ITEM_LABELS,
  type DossierCheck,
  type DossierCheckItem,
  type DossierItem,
} from '../../shared/cases/dossierItems.ts';

type Facts = Awaited<ReturnType<typeof loadDossierFacts>>;
/** null = present; a string = what is missing; 'not_required' = the item does not apply. */
type Rule = (facts: Facts, row: CaseRow) => string | null | 'not_required';

const names = (list: readonly { name: string }[]) => list.map((p) => p.name).join('、');

/** One rule per checklist item; add items here, in dossierItems.ts, and as `item` of their dossier slot. */
const RULES: Readonly<Record<DossierItem, Rule>> = {
  application_or_registration: (_f, row) => (row.accepted_on !== null ? null : '案件未经受理登记'),
  rights_notice: (f) => {
    const missing = f.principals.filter((p) => !f.notifiedPartyIds.has(p.id));
    return missing.length === 0 ? null : `当事人${names(missing)}未登记权利义务告知`;
  },
  party_identity: (f) => {
    const caseWide = f.attachments.some((a) => a.kind === 'id_proof' && a.party_id === null);
    const missing = f.principals.filter(
      (p) =>
        p.id_number === null &&
        !caseWide &&
        !f.attachments.some((a) => a.kind === 'id_proof' && a.party_id === p.id),
    );
    return missing.length === 0 ? null : `当事人${names(missing)}没有证件号码或身份证明材料`;
  },
  power_of_attorney: (f) => {
    if (!f.hasEntrustedAgent) return 'not_required';
    return f.attachments.some((a) => a.kind === 'power_of_attorney')
      ? null
      : '有委托代理人，但未添加授权委托书';
  },
  mediation_record: (f) => (f.heldMediationCount > 0 ? null : '没有调解笔录'),
  outcome_document: (f, row) =>
    f.hasAgreement || f.transferCount > 0 || (row.disposal_reason_code !== null && row.status !== 'rejected')
      ? null
      : '没有调解协议，也没有终止或移交记录',
  follow_up: (f) => {
    if (!f.hasAgreement) return 'not_required';
    return f.doneFollowUpCount > 0 ? null : '达成协议后尚未回访';
  },
};

/** The checklist for a case; `pendingExplanations` are 卷宗情况说明 about to be saved with the request. */
export async function checkDossier(
  db: Kysely<Database>,
  row: CaseRow,
  pendingExplanations: Readonly<Record<string, string>> = {},
): Promise<DossierCheck> {
  const facts = await loadDossierFacts(db, row.id);
  const items: DossierCheckItem[] = (Object.keys(RULES) as DossierItem[]).map((item) => {
    const result = RULES[item](facts, row);
    const explanation = pendingExplanations[item] ?? facts.explanations.get(item) ?? null;
    const base = { item, label: DOSSIER_ITEM_LABELS[item], explanation };
    if (result === 'not_required') return { ...base, state: 'not_required', detail: null };
    if (result === null) return { ...base, state: 'present', detail: null };
    return { ...base, state: explanation ? 'explained' : 'missing', detail: result };
  });
  return { items, complete: items.every((i) => i.state !== 'missing') };
}
