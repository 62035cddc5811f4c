/**
 * The intake form's values (what the 受理登记表 asks, as inputs hold it) and their conversion to
 * `case.create` input; server field paths are mapped back to the inputs that show them.
 */
import { suggestCaseTitle } from '../../../../shared/cases/partyChecks.ts';
import { applicantRequired } from '../../../../shared/cases/applicantRule.ts';
import { handlingPeriodDays } from '../../../../shared/cases/caseDeadlines.ts';
import {
  caseCreateInput,
  NO_APPLICANT_MESSAGE,
  type CaseCreateInput,
} from '../../../../shared/schemas/dispute.ts';
import {
  CASE_SOURCE_GROUP,
  DISPUTE_TYPE_LABELS,
  GROUP_DISPUTE_THRESHOLD,
  type ApplicationForm,
  type CaseSource,
  type CourtProcedure,
  type DisputeType,
  type ExternalRefKind,
  type RiskFactor,
  type RiskLevel,
} from '../../../../shared/types/disputeTaxonomy.ts';
import { isAgentRole } from '../../../../shared/types/partyTaxonomy.ts';
import { checkRow, emptyPartyRow, partyFieldOf, rowToPartyFields, type PartyFormRow } from './partyForm.ts';
import { futureDateViolation } from '../../../../shared/cases/caseDateOrder.ts';

export interface IntakeValues {
  source: CaseSource;
  applicationForm: ApplicationForm | '';
  appliedOn: string;
  externalRef: string;
  referralCourtProcedure: CourtProcedure | '';
  referralReceivedOn: string;
  reporterName: string;
  reporterPhone: string;
  sourceDetail: string;
  parties: PartyFormRow[];
  disputeType: DisputeType;
  disputeSubtypeId: string | null;
  occurredOn: string;
  street: string;
  community: string;
  grid: string;
  address: string;
  /** Empty until typed: then the count of principal parties is used. */
  personsInvolved: number | '';
  isGroup: boolean;
  riskLevel: RiskLevel | null;
  riskFactors: RiskFactor[];
  riskNote: string;
  summary: string;
  /** One request per line (申请事项 1、2、3…). */
  requests: string;
  /** Empty until typed: then the suggested 卷名 is used. */
  title: string;
  registrar: string;
}

/** Which external number a channel brings with it (12345 工单号, 警情号, 委派/委托号, 信访件号, 网格事件号). */
export const EXTERNAL_REF_FOR_SOURCE: Partial<Record<CaseSource, ExternalRefKind>> = {
  hotline_transfer: 'hotline_ticket',
  police_transfer: 'police_incident',
  police_guided: 'police_incident',
  court_assigned: 'court_assignment',
  court_entrusted: 'court_entrustment',
  court_guided: 'court_case',
  petition_transfer: 'petition',
  grid_report: 'grid_event',
};

export const COURT_SOURCES: readonly CaseSource[] = ['court_assigned', 'court_entrusted'];

export function isApplication(source: CaseSource): boolean {
  return CASE_SOURCE_GROUP[source] === 'application';
}

/** Hotlines, grids and referring bodies name who reported the dispute (反映人). */
export function hasReporter(source: CaseSource): boolean {
  return !isApplication(source) && source !== 'committee_initiative';
}

export function initialIntake(today: string, registrar: string): IntakeValues {
  return {
    source: 'party_application',
    applicationForm: 'oral',
    appliedOn: today,
    externalRef: '',
    referralCourtProcedure: '',
    referralReceivedOn: '',
    reporterName: '',
    reporterPhone: '',
    sourceDetail: '',
    parties: [emptyPartyRow('applicant'), emptyPartyRow('respondent')],
    disputeType: 'neighbourhood',
    disputeSubtypeId: null,
    occurredOn: '',
    street: '',
    community: '',
    grid: '',
    address: '',
    personsInvolved: '',
    isGroup: false,
    riskLevel: null,
    riskFactors: [],
    riskNote: '',
    summary: '',
    requests: '',
    title: '',
    registrar,
  };
}

/** A row nothing was typed into is left out (the form starts with an applicant and a respondent row). */
export function isBlankRow(row: PartyFormRow): boolean {
  return [row.name, row.idNumber, row.phones, row.address].every((v) => v.trim() === '');
}

/** Form indices of the rows sent to the server, in order: API index → form index. */
export function enteredIndices(values: IntakeValues): number[] {
  return values.parties.flatMap((row, index) => (isBlankRow(row) ? [] : [index]));
}

export function principalCount(values: IntakeValues): number {
  return values.parties.filter((p) => !isAgentRole(p.role) && p.name.trim() !== '').length;
}

export function suggestedTitle(values: IntakeValues, subtypeName: string | null): string {
  const named = (role: string) =>
    values.parties.filter((p) => p.role === role && p.name.trim()).map((p) => p.name.trim());
  const applicants = named('applicant');
  const respondents = named('respondent');
  if (applicants.length === 0 && respondents.length === 0) return '';
  const typeLabel = subtypeName ? `${subtypeName}纠纷` : DISPUTE_TYPE_LABELS[values.disputeType];
  return suggestCaseTitle(applicants, respondents, typeLabel);
}

export function handlingDaysFor(values: IntakeValues): number {
  return handlingPeriodDays(
    values.source,
    values.referralCourtProcedure === '' ? null : values.referralCourtProcedure,
  );
}

const blank = (v: string) => (v.trim() === '' ? null : v.trim());

export function toCreateInput(values: IntakeValues, subtypeName: string | null): CaseCreateInput {
  const refKind = EXTERNAL_REF_FOR_SOURCE[values.source];
  const court = COURT_SOURCES.includes(values.source);
  const persons = values.personsInvolved === '' ? principalCount(values) : values.personsInvolved;
  const entered = enteredIndices(values).map((i) => values.parties[i]!);
  const indexOf = new Map(entered.map((p, i) => [p.key, i]));
  return {
    title: values.title.trim() || suggestedTitle(values, subtypeName),
    summary: values.summary,
    source: values.source,
    applicationForm:
      isApplication(values.source) && values.applicationForm !== '' ? values.applicationForm : null,
    appliedOn: isApplication(values.source) ? blank(values.appliedOn) : null,
    sourceDetail: values.sourceDetail,
    referralCourtProcedure:
      values.source === 'court_entrusted' && values.referralCourtProcedure !== ''
        ? values.referralCourtProcedure
        : null,
    referralReceivedOn: court ? blank(values.referralReceivedOn) : null,
    reporterName: hasReporter(values.source) ? values.reporterName : '',
    reporterPhone: hasReporter(values.source) ? values.reporterPhone : '',
    externalRefs:
      refKind && values.externalRef.trim() ? [{ kind: refKind, value: values.externalRef.trim() }] : [],
    disputeType: values.disputeType,
    disputeSubtypeId: values.disputeSubtypeId === null ? null : Number(values.disputeSubtypeId),
    place: { street: values.street, community: values.community, grid: values.grid, address: values.address },
    occurredOn: blank(values.occurredOn),
    personsInvolved: persons,
    isGroup: values.isGroup || persons >= GROUP_DISPUTE_THRESHOLD,
    riskLevel: values.riskLevel,
    riskFactors: values.riskFactors,
    riskNote: values.riskNote,
    requests: values.requests
      .split('\n')
      .map((line) => line.replace(/^\s*\d+\s*[、.．)）]\s*/, '').trim())
      .filter(Boolean),
    registrar: values.registrar,
    parties: entered.map((row) => ({
      ...rowToPartyFields(row),
      principalIndex:
        isAgentRole(row.role) && row.principalKey !== null ? (indexOf.get(row.principalKey) ?? null) : null,
    })),
  };
}

/**
 * A server or schema path (`parties.1.contacts.0.value`, `place.street`) → the form input showing it;
 * `formIndexOf` turns the index among the parties sent into the row's index on the form.
 */
export function formPathOf(path: string, formIndexOf: readonly number[]): string {
  const party = /^parties\.(\d+)\.(.+)$/.exec(path);
  if (party) return `parties.${formIndexOf[Number(party[1])] ?? party[1]}.${partyFieldOf(party[2]!)}`;
  if (path.startsWith('place.')) return path.slice('place.'.length);
  if (path.startsWith('externalRefs')) return 'externalRef';
  if (path.startsWith('requests')) return 'requests';
  return path;
}

export function mapErrors(
  errors: Readonly<Record<string, string>>,
  values: IntakeValues,
): Record<string, string> {
  const formIndexOf = enteredIndices(values);
  const mapped: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const target = formPathOf(path, formIndexOf);
    mapped[target] ??= message;
  }
  return mapped;
}

/**
 * The same checks `case.create` runs on its input (schema, ID/credit-code checksums, phone formats),
 * shown on the form's own inputs before anything is sent.
 */
export function validateIntake(
  values: IntakeValues,
  subtypeName: string | null,
  today: string,
  areaCode: string | undefined,
): Record<string, string> {
  const result = caseCreateInput.safeParse(toCreateInput(values, subtypeName));
  const errors: Record<string, string> = {};
  if (!result.success) {
    for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  }
  const mapped = mapErrors(errors, values);
  // Dates that have happened may not lie in the future (shared/cases/caseDateOrder.ts, as the core says).
  for (const [field, label] of [
    ['appliedOn', '申请日期'],
    ['occurredOn', '纠纷发生日期'],
    ['referralReceivedOn', '收到委派/委托函日期'],
  ] as const) {
    const message = futureDateViolation(label, values[field], today);
    if (message) mapped[field] ??= message;
  }
  values.parties.forEach((row, index) => {
    if (isBlankRow(row)) return;
    for (const [path, message] of Object.entries(checkRow(row, today, areaCode).errors)) {
      mapped[`parties.${index}.${partyFieldOf(path)}`] ??= message;
    }
  });
  // At least one named 申请人 (the schema refuses it too, but only once everything else parses).
  delete mapped['parties'];
  if (
    applicantRequired(values.source, values.reporterName) &&
    !values.parties.some((p) => p.role === 'applicant' && p.name.trim() !== '')
  ) {
    const applicant = values.parties.findIndex((p) => p.role === 'applicant');
    const target =
      applicant >= 0 ? `parties.${applicant}.name` : values.parties.length > 0 ? 'parties.0.role' : 'parties';
    mapped[target] ??= NO_APPLICANT_MESSAGE;
  }
  values.parties.forEach((row, index) => {
    if (isAgentRole(row.role) && !isBlankRow(row)) {
      const principal = values.parties.find((p) => p.key === row.principalKey);
      if (!principal || isBlankRow(principal) || isAgentRole(principal.role)) {
        mapped[`parties.${index}.principalKey`] = '请选择代理人所代理的当事人';
      }
    }
  });
  return mapped;
}
