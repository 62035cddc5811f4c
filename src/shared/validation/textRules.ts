/**
 * What counts as text in a user field (issue 13, item 7): one rule for every text field of every
 * method, applied by the shared zod helpers (`schemas/common.ts`), so the renderer's forms and the
 * router refuse the same input with the same sentence.
 *
 * Refused: C0/C1 control characters and DEL (NUL, BEL, ESC …) except tab and line breaks in
 * multi-line fields; the bidi embedding/override/isolate characters U+202A–U+202E and U+2066–U+2069
 * (they make `exe.pdf` look like `fdp.exe` in a list); lone surrogates (JSON can carry them, SQLite
 * would silently turn them into U+FFFD).
 */

export type TextLines = 'single' | 'multi';

export type TextProblem = 'control' | 'line-break' | 'bidi' | 'surrogate';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\t\n\r]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first problem of `value`, or null when it is acceptable text. */
export function findTextProblem(value: string, lines: TextLines = 'single'): TextProblem | null {
  if (LONE_SURROGATE.test(value)) return 'surrogate';
  if (CONTROL.test(value)) return 'control';
  if (BIDI.test(value)) return 'bidi';
  if (lines === 'single' && LINE_BREAK.test(value)) return 'line-break';
  return null;
}

/** The Chinese sentence shown next to field `what`. */
export function textProblemMessage(what: string, problem: TextProblem): string {
  switch (problem) {
    case 'control':
      return `${what}中含有不可见的控制字符，请删除后重新填写（可能是从其他软件复制时带入的）。`;
    case 'line-break':
      return `${what}只能填写一行，请删除换行或制表符。`;
    case 'bidi':
      return `${what}中含有改变文字方向的隐藏字符，请删除后重新填写。`;
    case 'surrogate':
      return `${what}中含有残缺的字符（编码不完整），请删除后重新填写。`;
  }
}

/** Fields up to this many characters are one line; longer ones (说明、笔录、情况) may have line breaks. */
export const MULTI_LINE_FROM_LENGTH = 500;
