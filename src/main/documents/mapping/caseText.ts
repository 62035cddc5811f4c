import type {
  CaseDocumentData,
  DocumentAgent,
  DocumentObligation,
  DocumentParty,
} from '../caseDocumentData.ts';
import { ageOn, formatChineseDate } from '../format/chineseDate.ts';
import { chineseNumeral } from '../../../shared/format/chineseDate.ts';
import { agreementCopies } from '../../../shared/format/copiesClause.ts';
import { clauseSentence } from '../../../shared/agreements/clauseSentence.ts';
import type { TemplateRow } from '../templateValues.ts';
import { CASE_SOURCE_GROUP, CASE_SOURCE_LABELS } from '../../../shared/types/disputeTaxonomy.ts';
import type { CaseSource, SourceGroup } from '../../../shared/types/disputeTaxonomy.ts';
import { SOURCE_BOX_LABELS } from '../templateSet/sourceBoxes.ts';

/**
 * Sentences and phrases the templates share, written the way mediation documents phrase them. Every
 * function here is pure: same case in, same text out.
 */

export function dateText(iso: string | null | undefined): string | undefined {
  return iso ? formatChineseDate(iso) : undefined;
}

export function partyById(data: CaseDocumentData, id: string | null | undefined): DocumentParty | undefined {
  return id ? data.parties.find((party) => party.id === id) : undefined;
}

export function partyRef(party: DocumentParty): string {
  return `${party.role}${party.name}`;
}

/** 张建国与李卫东; several on a side are joined with 、. */
export function partyNames(parties: readonly DocumentParty[]): string {
  const sides = [
    parties.filter((party) => party.role === '申请人'),
    parties.filter((party) => party.role === '被申请人'),
    parties.filter((party) => party.role === '第三人'),
  ]
    .filter((side) => side.length > 0)
    .map((side) => side.map((party) => party.name).join('、'));
  return sides.join('与');
}

export function listNames(parties: readonly DocumentParty[]): string {
  return parties.map((party) => party.name).join('、');
}

export function ageText(birthDate: string | null | undefined, onDate: string): string | undefined {
  return birthDate ? String(ageOn(birthDate, onDate)) : undefined;
}

export function isPerson(party: DocumentParty): boolean {
  return party.kind === '自然人';
}

/** 职业或职务; for an organisation, its representative. */
export function occupationText(party: DocumentParty): string | undefined {
  if (isPerson(party)) return party.occupation ?? undefined;
  const rep = party.representative;
  return rep ? `${party.kind === '法人' ? '法定代表人' : '负责人'}：${rep.name}（${rep.title}）` : undefined;
}

function sentence(parts: readonly (string | null | undefined | false)[]): string {
  return `${parts.filter((part): part is string => typeof part === 'string' && part !== '').join('，')}。`;
}

/** 张建国，男，汉族，1968年3月12日出生，退休职工，居民身份证号码…，住…，联系电话…。 */
export function partyDetail(party: DocumentParty): string {
  if (!isPerson(party)) {
    const rep = party.representative;
    return sentence([
      party.name,
      party.address && `住所地：${party.address}`,
      party.idNumber && `${party.idType ?? '统一社会信用代码'}：${party.idNumber}`,
      rep && `${party.kind === '法人' ? '法定代表人' : '负责人'}：${rep.name}，${rep.title}`,
      party.phone && `联系电话：${party.phone}`,
    ]);
  }
  return sentence([
    party.name,
    party.sex,
    party.ethnicity,
    party.birthDate && `${formatChineseDate(party.birthDate)}出生`,
    party.occupation,
    party.idNumber && `${party.idType ?? '居民身份证'}号码：${party.idNumber}`,
    party.address && `住${party.address}`,
    party.phone && `联系电话：${party.phone}`,
  ]);
}

export function agentDetail(agent: DocumentAgent, principal: DocumentParty): string {
  return sentence([
    agent.name,
    agent.sex,
    agent.relation
      ? `系${principal.role}${principal.name}${agent.relation}`
      : `系${principal.role}${principal.name}的${agent.kind}`,
    agent.idNumber && `居民身份证号码：${agent.idNumber}`,
    agent.address && `住${agent.address}`,
    agent.phone && `联系电话：${agent.phone}`,
    agent.authority && `代理权限：${agent.authority}`,
  ]);
}

/** Party blocks for prose documents: each party, then its agents under it. */
export function partyDetailRows(parties: readonly DocumentParty[], roleLabel?: string): TemplateRow[] {
  return parties.flatMap((party) => [
    { label: `${roleLabel ?? party.role}：`, detail: partyDetail(party) },
    ...party.agents.map((agent) => ({ label: `${agent.kind}：`, detail: agentDetail(agent, party) })),
  ]);
}

/** Ruled-table party rows (申请书, 登记表, 口头协议, 结案报告). */
export function partyTableRows(parties: readonly DocumentParty[], onDate: string): TemplateRow[] {
  return parties.map((party) => ({
    role: party.role,
    name: party.name,
    sex: isPerson(party) ? (party.sex ?? undefined) : '—',
    ethnicity: isPerson(party) ? (party.ethnicity ?? undefined) : '—',
    age: isPerson(party) ? ageText(party.birthDate, onDate) : '—',
    occupation: occupationText(party),
    phone: party.phone ?? undefined,
    address: party.address ?? undefined,
  }));
}

export function mediatorNames(data: CaseDocumentData): string {
  return data.case.mediators.map((mediator) => mediator.name).join('、');
}

/** 一式N份: one copy per party plus the committee's; absent (so reported missing) below two parties. */
export function copiesText(data: CaseDocumentData): string | undefined {
  try {
    return chineseNumeral(agreementCopies(data.parties.length));
  } catch {
    return undefined;
  }
}

export function agreementNo(data: CaseDocumentData): string | undefined {
  return data.agreement?.number ?? data.case.caseNo ?? undefined;
}

/**
 * The statistical source group of a printed source label: the same `CASE_SOURCE_GROUP` the reports count
 * by, so the form and the statistics can never classify a case differently. A label this program does
 * not know (a snapshot from an older version) falls back on its wording.
 */
export function sourceGroupOf(label: string): SourceGroup {
  const source = (Object.keys(CASE_SOURCE_LABELS) as CaseSource[]).find(
    (key) => CASE_SOURCE_LABELS[key] === label,
  );
  if (source) return CASE_SOURCE_GROUP[source];
  if (label.startsWith('当事人申请') || label.endsWith('申请')) return 'application';
  if (label.includes('主动') || label.includes('排查') || label.includes('网格')) return 'initiative';
  return 'referral';
}

/**
 * ☑当事人申请　□人民调解委员会主动调解　□移送、委托、委派: the official form's three boxes, one ticked by
 * the statistical group; the detailed source (网格员上报, 公安机关移交 …) and its note follow the ticked box.
 */
export function sourceChecks(data: CaseDocumentData): string {
  const group = sourceGroupOf(data.case.source);
  const ownLabel = SOURCE_BOX_LABELS[group];
  const detail = [data.case.source === ownLabel ? null : data.case.source, data.case.sourceDetail]
    .filter(Boolean)
    .join('，');
  const box = (key: SourceGroup): string =>
    `${key === group ? '☑' : '□'}${SOURCE_BOX_LABELS[key]}${key === group && detail ? `（${detail}）` : ''}`;
  return (['application', 'initiative', 'referral'] as const).map(box).join('　');
}

/**
 * 被申请人李卫东于2026年12月10日前向申请人张建国支付…人民币叁万伍仟陆佰元整（¥35,600.00）。 — composed by
 * the shared `clauseSentence`, the same function the clause editor previews with.
 */
export function obligationText(data: CaseDocumentData, obligation: DocumentObligation): string {
  const obligor = partyById(data, obligation.obligorId);
  return clauseSentence({
    obligorRole: obligor?.role,
    obligorName: obligor?.name,
    content: obligation.content,
    amountFen: obligation.amountFen,
    dueDate: obligation.dueDate,
  });
}

export function clauseTexts(data: CaseDocumentData): string[] {
  const agreement = data.agreement;
  if (!agreement) return [];
  const clauses = [
    ...agreement.obligations.map((obligation) => obligationText(data, obligation)),
    ...agreement.otherClauses.map((clause) => (/[。！？]$/u.test(clause) ? clause : `${clause}。`)),
  ];
  return clauses.map((clause, index) => `${chineseNumeral(index + 1)}、${clause}`);
}

/** 履行协议的方式、地点、期限, one line per obligation, unless written by hand. */
export function performanceText(data: CaseDocumentData): string | undefined {
  const agreement = data.agreement;
  if (!agreement) return undefined;
  if (agreement.performanceText) return agreement.performanceText;
  const lines = agreement.obligations.map((obligation, index) => {
    const parts = [
      obligation.manner && `以${obligation.manner}方式履行`,
      obligation.place && `履行地点为${obligation.place}`,
      obligation.dueDate && `于${formatChineseDate(obligation.dueDate)}前履行完毕`,
    ].filter(Boolean);
    return parts.length > 0 ? `第${chineseNumeral(index + 1)}项：${parts.join('，')}。` : '';
  });
  const text = lines.filter(Boolean).join('\n');
  return text === '' ? undefined : text;
}

/**
 * Text for an indented paragraph whose value has several lines: the paragraph indents only its first
 * line, so the others get the two-character indent as ideographic spaces and read as paragraphs.
 */
export function paragraphs(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, index) => (index === 0 ? line : `　　${line}`))
    .join('\n');
}

/** Numbered list: 1．…\n2．… */
export function numberedLines(items: readonly string[]): string | undefined {
  if (items.length === 0) return undefined;
  return items.map((item, index) => `${index + 1}．${item}`).join('\n');
}
