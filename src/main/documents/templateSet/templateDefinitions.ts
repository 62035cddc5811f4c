import { agreementTemplate } from './agreementTemplate.ts';
import { applicationTemplate } from './applicationTemplate.ts';
import { closingReportTemplate } from './closingReportTemplate.ts';
import { dossierBackCoverTemplate } from './dossierBackCoverTemplate.ts';
import { dossierCoverTemplate } from './dossierCoverTemplate.ts';
import { dossierTocTemplate } from './dossierTocTemplate.ts';
import { followUpTemplate } from './followUpTemplate.ts';
import { investigationRecordTemplate } from './investigationRecordTemplate.ts';
import { judicialApplicationTemplate } from './judicialApplicationTemplate.ts';
import { mediationRecordTemplate } from './mediationRecordTemplate.ts';
import { oralAgreementTemplate } from './oralAgreementTemplate.ts';
import { refusalNoticeTemplate } from './refusalNoticeTemplate.ts';
import { registrationTemplate } from './registrationTemplate.ts';
import { rightsNoticeTemplate } from './rightsNoticeTemplate.ts';
import type { TemplateDefinition } from './templateDefinition.ts';
import { terminationNoticeTemplate } from './terminationNoticeTemplate.ts';

/** The built-in template set, in dossier order (domain §1.2). */
export const TEMPLATE_DEFINITIONS: readonly TemplateDefinition[] = [
  dossierCoverTemplate,
  dossierTocTemplate,
  applicationTemplate,
  registrationTemplate,
  refusalNoticeTemplate,
  rightsNoticeTemplate,
  investigationRecordTemplate,
  mediationRecordTemplate,
  agreementTemplate,
  oralAgreementTemplate,
  terminationNoticeTemplate,
  followUpTemplate,
  judicialApplicationTemplate,
  closingReportTemplate,
  dossierBackCoverTemplate,
];
