import { createHash } from 'node:crypto';
import {
  LEDGER_FIELD_LABELS,
  type LedgerField,
  type LedgerIssue,
} from '../../../shared/types/ledgerImport.ts';
import { DISPUTE_TYPE_LABELS, type DisputeType } from '../../../shared/types/disputeTaxonomy.ts';
import { prepareParty, type PreparedParty } from '../partyValues.ts';
import {
  mapDisputeType,
  mapOutcome,
  normaliseCaseNo,
  parseAmountFen,
  parseLedgerDate,
  type LedgerOutcome,
} from './valueMapping.ts';
import { checkLedgerDateOrder } from './ledgerDateOrder.ts';

/** One ledger row, checked and converted into what the import writes. */
export interface LedgerCase {
  readonly rowNo: number;
  /** Stable identity across files: `no:<案号>`, or `row:<hash of the normalised row>` without one. */
  readonly key: string;
  readonly caseNo: string | null;
  readonly registeredOn: string;
  readonly acceptedOn: string;
  readonly closedOn: string | null;
  readonly applicant: PreparedParty;
  readonly respondent: PreparedParty | null;
  readonly disputeType: DisputeType;
  readonly summary: string;
  readonly outcome: LedgerOutcome;
  readonly oral: boolean;
  readonly amountFen: number | null;
  readonly mediatorName: string | null;
}

export interface RowContext {
  /** Field of each column (null = not imported) and the column headers, as in the file. */
  readonly columns: readonly (LedgerField | null)[];
  readonly headers: readonly string[];
  readonly today: string;
  readonly defaultAreaCode: string | undefined;
  readonly disputeTypes: Readonly<Record<string, DisputeType>>;
}

export interface RowCheck {
  readonly value: LedgerCase | null;
  readonly errors: LedgerIssue[];
  readonly warnings: LedgerIssue[];
}

/** The words a clerk reads for a party's ID/phone problem, from the shared party check. */
const PARTY_FIELD: Readonly<Record<string, 'IdNumber' | 'Phone'>> = { idNumber: 'IdNumber' };

function partyFrom(
  role: 'applicant' | 'respondent',
  name: string,
  idNumber: string,
  phone: string,
  ctx: RowContext,
): { party: PreparedParty; errors: { field: LedgerField; message: string }[] } {
  const phones = phone
    .split(/[\s,，;；、/]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .slice(0, 5);
  // A company named as a party has a credit code instead of an ID number.
  const kind = /公司|厂|店|中心|学校|医院|委员会|合作社|集团|银行|事务所|物业|协会/.test(name)
    ? 'legal'
    : 'natural';
  const party = prepareParty(
    {
      role,
      kind,
      name,
      sex: null,
      ethnicity: null,
      birthDate: null,
      age: null,
      occupation: null,
      idType: null,
      idNumber: idNumber === '' ? null : idNumber,
      contacts: phones.map((value) => ({ value })),
      address: null,
      representativeName: null,
      representativeTitle: null,
      agentRelation: null,
      agentAuthority: null,
      flags: [],
    },
    ctx.today,
    ctx.defaultAreaCode,
  );
  const errors = Object.entries(party.check.errors).map(([path, message]) => {
    const part = PARTY_FIELD[path] ?? 'Phone';
    return { field: `${role}${part}` as LedgerField, message };
  });
  return { party, errors };
}

/** “张三与李四” / “张三、李四” / “张三诉李四” → both names; anything else stays one name. */
export function splitParties(text: string): [string, string] {
  const parts = text
    .split(/[、，,;；/]|与|诉/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length === 2 && parts.every((p) => p.length <= 30) ? [parts[0]!, parts[1]!] : [text, ''];
}

function rowKey(caseNo: string | null, parts: readonly unknown[]): string {
  if (caseNo !== null) return `no:${caseNo}`;
  return `row:${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40)}`;
}

/**
 * Checks one data row. Every problem is reported (not only the first), each with the column header
 * as the user sees it, so the dry run lists everything to fix in one pass.
 */
export function checkLedgerRow(rowNo: number, cells: readonly string[], ctx: RowContext): RowCheck {
  const errors: LedgerIssue[] = [];
  const warnings: LedgerIssue[] = [];
  const indexOf = new Map<LedgerField, number>();
  ctx.columns.forEach((field, index) => {
    if (field !== null && !indexOf.has(field)) indexOf.set(field, index);
  });
  const get = (field: LedgerField) => {
    const index = indexOf.get(field);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const column = (field: LedgerField) => {
    const index = indexOf.get(field);
    return index === undefined
      ? LEDGER_FIELD_LABELS[field]
      : ctx.headers[index] || LEDGER_FIELD_LABELS[field];
  };
  const fail = (field: LedgerField | null, message: string) =>
    errors.push({ rowNo, column: field ? column(field) : '', message });

  // Ledgers with one 当事人 column write both sides in it: “张三与李四”, “张三、李四”.
  const [applicantName, respondentName] = indexOf.has('respondentName')
    ? [get('applicantName'), get('respondentName')]
    : splitParties(get('applicantName'));
  if (applicantName === '') fail('applicantName', '申请人为空');

  const typeText = get('disputeType');
  let disputeType: DisputeType | null = null;
  if (typeText === '') fail('disputeType', '纠纷类型为空');
  else {
    disputeType = mapDisputeType(typeText, ctx.disputeTypes);
    if (disputeType === null)
      fail('disputeType', `纠纷类型“${typeText}”无法识别，请改为 15 类统计口径之一，或在页面上为它指定类型`);
  }

  const dates: Partial<Record<'registeredOn' | 'acceptedOn' | 'closedOn', string>> = {};
  for (const field of ['registeredOn', 'acceptedOn', 'closedOn'] as const) {
    const text = get(field);
    const parsed = parseLedgerDate(text);
    if (parsed === 'invalid')
      fail(field, `“${text}”不是有效日期（可写 2026-03-05、2026/3/5 或 2026年3月5日）`);
    else if (parsed !== null) dates[field] = parsed;
  }
  const registeredText = get('registeredOn');
  const acceptedText = get('acceptedOn');
  if (registeredText === '' && acceptedText === '')
    fail('acceptedOn', '登记日期和受理日期都为空，至少要有一个');
  for (const issue of checkLedgerDateOrder(dates, ctx.today)) fail(issue.field, issue.message);

  const outcomeText = get('outcome');
  const outcome = mapOutcome(outcomeText);
  if (outcome === null)
    fail(
      'outcome',
      `调解结果“${outcomeText}”无法识别（可写 成功、调解成功、达成协议、不成功、调解不成、终止、在办）`,
    );
  else if (outcome.outcome !== 'pending' && dates.closedOn === undefined && get('closedOn') === '')
    fail('closedOn', `调解结果为“${outcomeText}”，但结案日期为空`);
  else if (outcome.outcome === 'pending' && dates.closedOn !== undefined)
    fail('outcome', '已填结案日期，但调解结果为空或为在办，请填写调解结果');

  const amountText = get('amount');
  const amountFen = parseAmountFen(amountText);
  if (amountFen === 'invalid') fail('amount', `协议金额“${amountText}”不是有效金额`);
  else if (amountFen !== null && amountFen > 0 && outcome !== null && outcome.outcome !== 'success')
    fail('amount', '填写了协议金额，但调解结果不是成功');

  let applicant: PreparedParty | null = null;
  if (applicantName !== '') {
    const result = partyFrom(
      'applicant',
      applicantName,
      get('applicantIdNumber'),
      get('applicantPhone'),
      ctx,
    );
    applicant = result.party;
    result.errors.forEach((e) => fail(e.field, `申请人${e.message}`));
  }
  let respondent: PreparedParty | null = null;
  if (respondentName !== '') {
    const result = partyFrom(
      'respondent',
      respondentName,
      get('respondentIdNumber'),
      get('respondentPhone'),
      ctx,
    );
    respondent = result.party;
    result.errors.forEach((e) => fail(e.field, `被申请人${e.message}`));
  } else if (get('respondentIdNumber') !== '' || get('respondentPhone') !== '') {
    fail('respondentName', '填写了被申请人的证件号码或电话，但被申请人姓名为空');
  }

  const caseNoText = get('caseNo');
  const caseNo = caseNoText === '' ? null : normaliseCaseNo(caseNoText);
  const mediatorName = get('mediator') || null;
  const summary = get('summary');

  if (
    errors.length > 0 ||
    applicant === null ||
    disputeType === null ||
    outcome === null ||
    amountFen === 'invalid'
  )
    return { value: null, errors, warnings };

  const acceptedOn = dates.acceptedOn ?? dates.registeredOn!;
  const registeredOn = dates.registeredOn ?? acceptedOn;
  const key = rowKey(caseNo, [
    applicantName,
    applicant.values.idNumber,
    respondentName,
    respondent?.values.idNumber ?? null,
    registeredOn,
    acceptedOn,
    disputeType,
    summary.replace(/\s+/g, ''),
  ]);
  if (summary === '')
    warnings.push({ rowNo, column: column('summary'), message: '纠纷简要情况为空，导入后请在案件页补充' });
  return {
    value: {
      rowNo,
      key,
      caseNo,
      registeredOn,
      acceptedOn,
      closedOn: dates.closedOn ?? null,
      applicant,
      respondent,
      disputeType,
      summary,
      outcome: outcome.outcome,
      oral: outcome.oral,
      amountFen: amountFen ?? null,
      mediatorName,
    },
    errors,
    warnings,
  };
}

/** The title a case gets from its ledger row: “张三与李四邻里纠纷”. */
export function ledgerCaseTitle(row: LedgerCase): string {
  const parties = row.respondent
    ? `${row.applicant.values.name}与${row.respondent.values.name}`
    : row.applicant.values.name;
  return `${parties}${DISPUTE_TYPE_LABELS[row.disputeType]}`;
}
