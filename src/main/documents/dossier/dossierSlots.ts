import type { DossierItem } from '../../../shared/cases/dossierItems.ts';
import type { DossierAttachmentKind } from '../caseDocumentData.ts';
import type { TemplateId } from '../templateManifest.ts';

/**
 * The dossier order of domain §1.2, as slots. A slot holds generated documents (by template) and/or filed
 * papers (by attachment kind). Whether a slot is required and complete is not decided here: `item` names
 * the archive-check item it stands for (shared/cases/dossierItems.ts, judged by services/dossierCheck.ts),
 * the one definition 归档, 组卷 and the 卷内目录 all report.
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
  /** The archive-check item this slot holds the papers of, if it is one. */
  readonly item?: DossierItem;
}

export const DOSSIER_SLOTS: readonly DossierSlot[] = [
  {
    key: 'intake',
    item: 'application_or_registration',
    label: '人民调解申请书或人民调解受理登记表',
    templates: ['application', 'registration'],
    attachments: ['申请材料'],
  },
  {
    key: 'refusal',
    label: '不予受理告知书',
    templates: ['refusalNotice'],
    attachments: [],
  },
  {
    key: 'rightsNotice',
    item: 'rights_notice',
    label: '人民调解当事人权利义务告知书',
    templates: ['rightsNotice'],
    attachments: [],
  },
  {
    key: 'identity',
    item: 'party_identity',
    label: '当事人身份证明',
    templates: [],
    attachments: ['当事人身份证明'],
  },
  {
    key: 'proxy',
    item: 'power_of_attorney',
    label: '授权委托书',
    templates: [],
    attachments: ['授权委托书'],
  },
  {
    key: 'investigation',
    label: '人民调解调查记录',
    templates: ['investigationRecord'],
    attachments: [],
  },
  {
    key: 'evidence',
    label: '人民调解证据材料',
    templates: [],
    attachments: ['证据材料'],
  },
  {
    key: 'mediationRecord',
    item: 'mediation_record',
    label: '人民调解记录',
    templates: ['mediationRecord'],
    attachments: [],
  },
  {
    key: 'outcome',
    item: 'outcome_document',
    label: '人民调解协议书（或口头协议登记表、终止调解告知书）',
    templates: ['agreement', 'oralAgreement', 'terminationNotice'],
    attachments: [],
  },
  { key: 'performance', label: '履行凭证', templates: [], attachments: ['履行凭证'] },
  {
    key: 'followUp',
    item: 'follow_up',
    label: '人民调解回访记录',
    templates: ['followUp'],
    attachments: [],
  },
  {
    key: 'judicial',
    label: '司法确认有关材料',
    templates: ['judicialApplication'],
    attachments: ['司法确认材料'],
  },
  {
    key: 'closingReport',
    label: '人民调解结案报告表',
    templates: ['closingReport'],
    attachments: [],
  },
  {
    key: 'other',
    label: '其他材料',
    templates: [],
    attachments: ['其他材料'],
  },
  {
    key: 'explanation',
    label: '卷宗情况说明',
    templates: [],
    attachments: ['卷宗情况说明'],
  },
  {
    key: 'backCover',
    label: '卷内备考表（封底）',
    templates: ['dossierBackCover'],
    attachments: [],
  },
];
