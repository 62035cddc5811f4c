/**
 * Moments (UTC ISO timestamps such as `registeredAt`) shown as the wall-clock time in China, whatever
 * time zone the PC or browser is set to: a case registered at 06:28 Beijing time on the 5th is
 * 2026-12-04T22:28Z and must still read "2026-12-05". Every timestamp the UI shows goes through here.
 */
const CHINA_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(moment: string | Date): Record<string, string> | null {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return null;
  return Object.fromEntries(CHINA_CLOCK.formatToParts(date).map((p) => [p.type, p.value]));
}

/** `YYYY-MM-DD`, the calendar day in China. */
export function chinaDate(moment: string | Date): string {
  const p = parts(moment);
  return p ? `${p['year']}-${p['month']}-${p['day']}` : String(moment);
}

/** `YYYY-MM-DD HH:mm`, China time, 24-hour. */
export function chinaDateTime(moment: string | Date): string {
  const p = parts(moment);
  return p ? `${p['year']}-${p['month']}-${p['day']} ${p['hour']}:${p['minute']}` : String(moment);
}

/** `2026年12月5日 06:28`, China time. */
export function chinaDateTimeText(moment: string | Date): string {
  const p = parts(moment);
  if (!p) return String(moment);
  return `${p['year']}年${Number(p['month'])}月${Number(p['day'])}日 ${p['hour']}:${p['minute']}`;
}
