import { formatChineseDate } from '../format/chineseDate.ts';
import { formatFenCombined } from '../format/money.ts';

/**
 * The printed sentence of one agreement clause, composed from its structured parts: who (obligor), by
 * when, what, how much. The 协议书, 口头协议登记表 and 司法确认申请书 print it, and the clause editor shows
 * it live next to the fields, from this one function.
 *
 * A clerk often types the whole sentence into 条款内容 ("被申请人陈志强于2026年12月10日前自行修复…"). The
 * parts already given elsewhere are taken off the front of the free text, so nothing prints twice:
 * the obligor (with or without role), a 于…前 / 在…前 deadline when a due date is set, and the amount
 * when it repeats the one entered.
 */
export interface ClauseParts {
  /** e.g. 被申请人; printed before the name. */
  readonly obligorRole?: string | null;
  readonly obligorName?: string | null;
  /** What the obligor does, a verb phrase: 向申请人张建国支付赔偿款. */
  readonly content: string;
  readonly amountFen?: number | null;
  /** YYYY-MM-DD. */
  readonly dueDate?: string | null;
}

const DEADLINE = /^[于在](?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前|以前)?[，,]?/u;
const ISO_DEADLINE = /^[于在]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:前|之前|以前)?[，,]?/u;

/** The free text with what the structured parts already say taken off its front and end. */
export function clauseAction(parts: ClauseParts): string {
  let text = parts.content.trim().replace(/^[一二三四五六七八九十\d]+[、.．]\s*/u, '');
  const name = parts.obligorName?.trim();
  const role = parts.obligorRole?.trim();
  for (let pass = 0; pass < 2; pass += 1) {
    for (const prefix of [role && name ? `${role}${name}` : '', name ?? '', role ?? '']) {
      if (prefix && text.startsWith(prefix)) text = text.slice(prefix.length).replace(/^[，,：:\s]+/u, '');
    }
    if (parts.dueDate) text = text.replace(DEADLINE, '').replace(ISO_DEADLINE, '');
  }
  text = text.replace(/[。；;，,\s]+$/u, '');
  if (parts.amountFen) {
    const combined = formatFenCombined(parts.amountFen);
    if (text.endsWith(combined)) text = text.slice(0, -combined.length).replace(/[，,\s]+$/u, '');
  }
  return text;
}

/** 被申请人李卫东于2026年12月10日前向申请人张建国支付赔偿款人民币叁万伍仟陆佰元整（¥35,600.00）。 */
export function clauseSentence(parts: ClauseParts): string {
  const who = [parts.obligorRole, parts.obligorName].filter(Boolean).join('');
  const due = parts.dueDate ? `于${formatChineseDate(parts.dueDate)}前` : '';
  const amount = parts.amountFen ? formatFenCombined(parts.amountFen) : '';
  return `${who}${due}${clauseAction(parts)}${amount}。`;
}
