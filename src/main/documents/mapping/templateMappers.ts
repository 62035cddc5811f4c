import type { CaseDocumentData } from '../caseDocumentData.ts';
import type { TemplateId } from '../templateManifest.ts';
import type { TemplateValues } from '../templateValues.ts';
import {
  agreementValues,
  followUpValues,
  judicialApplicationValues,
  oralAgreementValues,
  terminationNoticeValues,
} from './agreementValues.ts';
import {
  closingReportValues,
  dossierBackCoverValues,
  dossierCoverValues,
  dossierTocValues,
} from './closingValues.ts';
import {
  applicationValues,
  refusalNoticeValues,
  registrationValues,
  rightsNoticeValues,
} from './intakeValues.ts';
import type { MappingContext } from './mappingContext.ts';
import { investigationRecordValues, mediationRecordValues } from './sessionValues.ts';

export type TemplateMapper = (data: CaseDocumentData, context: MappingContext) => TemplateValues;

/** Per template, the pure mapping from the case to placeholder values. */
export const TEMPLATE_MAPPERS: Readonly<Record<TemplateId, TemplateMapper>> = {
  application: applicationValues,
  registration: registrationValues,
  rightsNotice: rightsNoticeValues,
  investigationRecord: investigationRecordValues,
  mediationRecord: mediationRecordValues,
  agreement: agreementValues,
  oralAgreement: oralAgreementValues,
  followUp: followUpValues,
  closingReport: closingReportValues,
  dossierCover: dossierCoverValues,
  dossierToc: dossierTocValues,
  dossierBackCover: dossierBackCoverValues,
  judicialApplication: judicialApplicationValues,
  refusalNotice: refusalNoticeValues,
  terminationNotice: terminationNoticeValues,
};

export function mapTemplateValues(
  id: TemplateId,
  data: CaseDocumentData,
  context: MappingContext,
): TemplateValues {
  return TEMPLATE_MAPPERS[id](data, context);
}
