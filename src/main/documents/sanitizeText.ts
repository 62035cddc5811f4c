/**
 * Makes user text safe to put into a document.
 *
 * - Characters XML 1.0 cannot hold (C0/C1 controls except tab and newlines, U+FFFE/U+FFFF, lone
 *   surrogates) are dropped: one of them would make Word refuse the whole file.
 * - `{{` is broken up. The patcher replaces placeholders repeatedly, so a value containing `{{caseNo}}`
 *   would otherwise be filled in as if the template had it.
 * - Line endings become `\n`; tabs become two spaces' worth of ideographic space.
 *
 * `<`, `&` and quotes are not touched here: the docx writer escapes them, and escaping twice would print
 * `&amp;lt;`.
 */
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function sanitizeText(value: string): string {
  return value
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVALID_XML, '')
    .replace(/\t/g, '　')
    .replace(/\{\{/g, '{ {')
    .replace(/\}\}/g, '} }');
}
