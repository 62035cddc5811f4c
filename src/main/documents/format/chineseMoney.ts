/**
 * Private money formatting for documents, following the 支付结算办法 rules for 中文大写金额 (the form banks
 * and courts read): 壹拾 not 拾, one 零 for a run of zeros, 零 before 角/分 when the 元 digit is zero,
 * 整 only after 元. To be unified with `src/shared/format/money.ts` once that exists.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

/** 3_560_000 fen → 叁万伍仟陆佰元整. */
export function fenToChineseUpper(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) {
    throw new RangeError(`金额必须是非负整数（分）：${fen}`);
  }
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;

  let text = yuan > 0 ? `${integerToUpper(yuan)}元` : '';
  if (jiao === 0 && cents === 0) return yuan > 0 ? `${text}整` : '零元整';
  if (jiao > 0) {
    if (yuan > 0 && yuan % 10 === 0) text += '零';
    text += `${DIGITS[jiao]}角`;
  } else if (yuan > 0) {
    text += '零';
  }
  if (cents > 0) text += `${DIGITS[cents]}分`;
  return text;
}

/** 3_560_000 fen → 35,600.00. */
export function fenToFigures(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const rest = String(fen % 100).padStart(2, '0');
  return `${yuan.toLocaleString('en-US')}.${rest}`;
}

/** 3_560_000 fen → 人民币叁万伍仟陆佰元整（¥35,600.00）, as agreements write money. */
export function formatMoney(fen: number): string {
  return `人民币${fenToChineseUpper(fen)}（¥${fenToFigures(fen)}）`;
}

function integerToUpper(value: number): string {
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);

  let text = '';
  let pendingZero = false;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const group = groups[index] ?? 0;
    if (group === 0) {
      pendingZero = text !== '';
      continue;
    }
    // A group below 1000 after a higher non-zero group starts with an implicit zero: 壹万零伍拾.
    if (text !== '' && (pendingZero || group < 1000)) text += '零';
    text += groupToUpper(group) + (GROUP_UNITS[index] ?? '');
    pendingZero = false;
  }
  return text;
}

function groupToUpper(group: number): string {
  let text = '';
  let zero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(group / 10 ** position) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    if (zero) text += '零';
    text += `${DIGITS[digit]}${SMALL_UNITS[position]}`;
    zero = false;
  }
  return text;
}
