/**
 * Article numbers as statutes write them: 第二百八十八条 ↔ 288, 第一千二百六十条 ↔ 1260, 第一百零五条 ↔ 105.
 * Statute texts use lower-case numerals with 零 for a skipped place and a bare 十 for 10–19.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_TEXT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** `二百八十八` → 288; null when the text is not a Chinese numeral below 10,000. */
export function parseChineseNumber(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char]!;
    } else if (char in UNITS) {
      total += (digit ?? 1) * UNITS[char]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/** 288 → `二百八十八`, 10 → `十`, 105 → `一百零五`, 1260 → `一千二百六十` (1–9999). */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`条文序号只支持 1–9999，收到：${n}`);
  const places = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const;
  let rest = n;
  let text = '';
  let pendingZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d > 0) {
      if (pendingZero) text += '零';
      pendingZero = false;
      // 十 alone for 10–19 only when nothing comes before it (一百一十 keeps its 一).
      text += d === 1 && unit === '十' && text === '' ? '十' : `${DIGIT_TEXT[d]}${unit}`;
    } else if (text !== '') {
      pendingZero = true;
    }
  }
  if (rest > 0) text += `${pendingZero ? '零' : ''}${DIGIT_TEXT[rest]}`;
  return text;
}

/** 288 → `第二百八十八条`. */
export function articleLabel(n: number): string {
  return `第${formatChineseNumber(n)}条`;
}
