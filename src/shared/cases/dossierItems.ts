/**
 * The dossier checklist (domain §1.2) as far as it can be judged from data records. Each item is either
 * present, explained by a 卷宗情况说明, or missing; archiving needs none missing. Items are checked by
 * src/main/services/dossierCheck.ts. This is the one definition of a complete dossier: 归档
 * (`case.dossierCheck`/`case.archive`), 组卷 (`document.dossier`) and the 卷内目录/备考表 all report its
 * missing items (the dossier slots name the item they hold, documents/dossier/dossierSlots.ts).
 */
export const DOSSIER_ITEMS = [
  'application_or_registration',
  'rights_notice',
  'party_identity',
  'power_of_attorney',
  'mediation_record',
  'outcome_document',
  'follow_up',
] as const;
export type DossierItem = (typeof DOSSIER_ITEMS)[number];

export const DOSSIER_ITEM_LABELS: Readonly<Record<DossierItem, string>> = {
  application_or_registration: '人民调解申请书或受理登记表',
  rights_notice: '当事人权利义务告知书',
  party_identity: '当事人身份证明',
  power_of_attorney: '授权委托书',
  mediation_record: '人民调解记录（调解笔录）',
  outcome_document: '调解协议书（口头协议登记表）或终止、移交记录',
  follow_up: '人民调解回访记录',
};

export type DossierItemState = 'present' | 'explained' | 'missing' | 'not_required';

export interface DossierCheckItem {
  readonly item: DossierItem;
  readonly label: string;
  readonly state: DossierItemState;
  /** What is missing, e.g. 当事人李卫东未登记告知. */
  readonly detail: string | null;
  readonly explanation: string | null;
}

export interface DossierCheck {
  readonly items: readonly DossierCheckItem[];
  readonly complete: boolean;
}
