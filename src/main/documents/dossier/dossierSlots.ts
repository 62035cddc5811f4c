import type { CaseDocumentData, DossierAttachmentKind } from '../caseDocumentData.ts';
import type { TemplateId } from '../templateManifest.ts';

/**
 * The dossier order of domain §1.2, as slots. A slot holds generated documents (by template) and/or filed
 * papers (by attachment kind); `mandatory` says whether an empty slot is a gap the 卷宗评查 would flag.
 *
 * Two placements are our reading, not the 2010 list [R]: the 不予受理告知书 follows the intake form it
 * answers, and the 结案报告表 goes after the 司法确认 materials, before the 卷宗情况说明.
 */
export interface DossierSlot {
  readonly key: string;
  /** How the slot is named when it is missing or listed as a whole. */
  readonly label: string;
  readonly templates: readonly TemplateId[];
  readonly attachments: readonly DossierAttachmentKind[];
  readonly mandatory: (data: CaseDocumentData) => boolean;
  /**
   * A mandatory slot with no entry is still complete when the data shows what it stands for — the same
   * rule the archive check applies (services/dossierCheck.ts), so 归档 and 组卷 never disagree.
   */
  readonly satisfied?: (data: CaseDocumentData) => boolean;
}

const always = (): boolean => true;
const accepted = (data: CaseDocumentData): boolean => data.refusal === null;

export const DOSSIER_SLOTS: readonly DossierSlot[] = [
  {
    key: 'intake',
    label: '人民调解申请书或人民调解受理登记表',
    templates: ['application', 'registration'],
    attachments: ['申请材料'],
    mandatory: always,
  },
  {
    key: 'refusal',
    label: '不予受理告知书',
    templates: ['refusalNotice'],
    attachments: [],
    mandatory: (data) => data.refusal !== null,
  },
  {
    key: 'rightsNotice',
    label: '人民调解当事人权利义务告知书',
    templates: ['rightsNotice'],
    attachments: [],
    mandatory: accepted,
  },
  {
    key: 'identity',
    label: '当事人身份证明',
    templates: [],
    attachments: ['当事人身份证明'],
    mandatory: accepted,
    // The archive check accepts a recorded ID number for a party without a filed copy.
    satisfied: (data) => data.parties.every((party) => Boolean(party.idNumber)),
  },
  {
    key: 'proxy',
    label: '授权委托书',
    templates: [],
    attachments: ['授权委托书'],
    mandatory: (data) =>
      accepted(data) &&
      data.parties.some((party) => party.agents.some((agent) => agent.kind === '委托代理人')),
  },
  {
    key: 'investigation',
    label: '人民调解调查记录',
    templates: ['investigationRecord'],
    attachments: [],
    mandatory: () => false,
  },
  {
    key: 'evidence',
    label: '人民调解证据材料',
    templates: [],
    attachments: ['证据材料'],
    mandatory: () => false,
  },
  {
    key: 'mediationRecord',
    label: '人民调解记录',
    templates: ['mediationRecord'],
    attachments: [],
    mandatory: accepted,
  },
  {
    key: 'outcome',
    label: '人民调解协议书（或口头协议登记表、终止调解告知书）',
    templates: ['agreement', 'oralAgreement', 'terminationNotice'],
    attachments: [],
    mandatory: accepted,
  },
  { key: 'performance', label: '履行凭证', templates: [], attachments: ['履行凭证'], mandatory: () => false },
  {
    key: 'followUp',
    label: '人民调解回访记录',
    templates: ['followUp'],
    attachments: [],
    mandatory: () => false,
  },
  {
    key: 'judicial',
    label: '司法确认有关材料',
    templates: ['judicialApplication'],
    attachments: ['司法确认材料'],
    mandatory: () => false,
  },
  {
    key: 'closingReport',
    label: '人民调解结案报告表',
    templates: ['closingReport'],
    attachments: [],
    mandatory: () => false,
  },
  {
    key: 'other',
    label: '其他材料',
    templates: [],
    attachments: ['其他材料'],
    mandatory: () => false,
  },
  {
    key: 'explanation',
    label: '卷宗情况说明',
    templates: [],
    attachments: ['卷宗情况说明'],
    mandatory: () => false,
  },
  {
    key: 'backCover',
    label: '卷内备考表（封底）',
    templates: ['dossierBackCover'],
    attachments: [],
    mandatory: always,
  },
];
