/**
 * Money on agreements, written in 大写 and in figures (domain §1.8, §6.5), e.g.
 * `人民币叁万伍仟陆佰元整（¥35,600.00）`.
 *
 * API: every formatter takes an integer number of 分 (fen). Floating-point 元 cannot represent 0.1 exactly,
 * and an agreement that says 壹角 must come from a value that *is* one 角. Convert at the edge with
 * `parseYuan` (text typed by a clerk) or `yuanToFen` (a number of 元 with at most two decimals).
 *
 * 大写 follows the bank rules for writing amounts (《正确填写票据和结算凭证的基本规定》): 壹…玖 with
 * 拾佰仟万亿, a single 零 for any run of zeros inside the number, 整 after 元 and after 角, none after 分.
 * Where the rules allow either form we use one consistently: 10 is 壹拾 (never a bare 拾), no 零 between
 * 元 and a non-zero 角 (壹拾元壹角整), 零 where 角 is zero and 分 is not (壹元零伍分), and no 零 across a
 * group boundary when the lower group's first digit is non-zero (壹拾万柒仟元整).
 */

/** Largest amount handled exactly: about 90 万亿 元, far above the 14-digit column the domain asks for. */
export const MAX_FEN = Number.MAX_SAFE_INTEGER;

function assertFen(fen: number): void {
  if (Number.isNaN(fen)) throw new RangeError('金额不是有效数字。');
  if (fen < 0) throw new RangeError('金额不能为负数。');
  if (!Number.isFinite(fen) || fen > MAX_FEN) throw new RangeError('金额过大，无法处理。');
  if (!Number.isInteger(fen)) throw new RangeError('金额应为以“分”为单位的整数。');
}

/**
 * 元 as a number (e.g. read from a REAL column) → 分. Refuses more than two decimals instead of rounding:
 * a third decimal means the value was not a sum of money in the first place.
 */
export function yuanToFen(yuan: number): number {
  if (Number.isNaN(yuan)) throw new RangeError('金额不是有效数字。');
  if (yuan < 0) throw new RangeError('金额不能为负数。');
  if (!Number.isFinite(yuan) || yuan * 100 > MAX_FEN) throw new RangeError('金额过大，无法处理。');
  // toFixed(2) rounds in decimal, so 10.1 survives the round trip while 1.005 does not.
  if (Number(yuan.toFixed(2)) !== yuan) throw new RangeError('金额最多精确到分（小数点后两位）。');
  return Math.round(yuan * 100);
}

export type ParseYuanResult =
  { readonly ok: true; readonly fen: number } | { readonly ok: false; readonly reason: string };

/**
 * Text typed by a clerk → 分, without passing through floating point. Accepts `35600`, `35,600.00`,
 * `¥35,600.5`, `35600元` and full-width digits; returns a Chinese reason otherwise.
 */
export function parseYuan(text: string): ParseYuanResult {
  const cleaned = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(?:人民币|RMB|CNY)/i, '')
    .replace(/^¥/, '')
    .replace(/元$/, '');
  if (cleaned === '') return { ok: false, reason: '请填写金额。' };
  if (cleaned.startsWith('-')) return { ok: false, reason: '金额不能为负数。' };
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (m === null) return { ok: false, reason: '金额格式不正确，请填写数字，如 35600 或 35,600.00。' };
  const decimals = m[2] ?? '';
  if (decimals.length > 2) return { ok: false, reason: '金额最多精确到分（小数点后两位）。' };
  const integer = m[1]!.replace(/,/g, '');
  const fen = Number(integer) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: '金额过大，无法处理。' };
  return { ok: true, fen };
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['仟', '佰', '拾', ''] as const;

/** 1–9999 without leading zeros; one 零 stands for any run of zeros followed by a non-zero digit. */
function upperBelow10k(n: number): string {
  let out = '';
  let pendingZero = false;
  const padded = String(n).padStart(4, '0');
  for (let i = 0; i < 4; i++) {
    const d = Number(padded[i]);
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + SMALL_UNITS[i]!;
  }
  return out;
}

/**
 * Any positive integer below 1e16: split at 亿, then at 万. A 零 joins the parts when the lower part is
 * non-zero but shorter than its slot (壹佰万零壹, 壹亿零壹拾万).
 */
function upperInteger(n: number): string {
  for (const [size, unit] of [
    [100_000_000, '亿'],
    [10_000, '万'],
  ] as const) {
    if (n >= size) {
      const high = Math.floor(n / size);
      const low = n % size;
      if (low === 0) return `${upperInteger(high)}${unit}`;
      return `${upperInteger(high)}${unit}${low < size / 10 ? '零' : ''}${upperInteger(low)}`;
    }
  }
  return upperBelow10k(n);
}

export interface UpperOptions {
  /** Start with 人民币 (default true); off when a template already prints it before a blank. */
  readonly prefix?: boolean;
}

/** 分 → 大写, e.g. 3560000 → `人民币叁万伍仟陆佰元整`, 5 → `人民币伍分`, 0 → `人民币零元整`. */
export function fenToChineseUpper(fen: number, options: UpperOptions = {}): string {
  assertFen(fen);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let text: string;
  if (yuan === 0 && jiao === 0 && cents === 0) {
    text = '零元整';
  } else {
    const yuanPart = yuan === 0 ? '' : `${upperInteger(yuan)}元`;
    let minor: string;
    if (jiao === 0 && cents === 0) minor = '整';
    else if (jiao === 0) minor = `${yuan === 0 ? '' : '零'}${DIGITS[cents]!}分`;
    else minor = `${DIGITS[jiao]!}角${cents === 0 ? '整' : `${DIGITS[cents]!}分`}`;
    text = yuanPart + minor;
  }
  return options.prefix === false ? text : `人民币${text}`;
}

export interface FiguresOptions {
  /** Start with ¥ (default true). */
  readonly symbol?: boolean;
}

/** 分 → figures with thousands separators and two decimals, e.g. 3560000 → `¥35,600.00`. */
export function formatFenFigures(fen: number, options: FiguresOptions = {}): string {
  assertFen(fen);
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const figures = `${yuan}.${String(fen % 100).padStart(2, '0')}`;
  return options.symbol === false ? figures : `¥${figures}`;
}

/** The form agreements use: `人民币叁万伍仟陆佰元整（¥35,600.00）` (full-width brackets). */
export function formatFenCombined(fen: number): string {
  return `${fenToChineseUpper(fen)}（${formatFenFigures(fen)}）`;
}
