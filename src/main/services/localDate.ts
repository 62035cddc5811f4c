import type { Clock } from '../core/clock.ts';

/**
 * Mediation centres work on China Standard Time whatever the machine's zone setting says, and the
 * legal day counts are in calendar days there; so "today" is always the date in Asia/Shanghai.
 */
const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

export function todayIn(clock: Clock): string {
  const p = parts(clock.now());
  return `${p['year']}-${p['month']}-${p['day']}`;
}

/** Local wall-clock minute, comparable with session times (`YYYY-MM-DDTHH:mm`). */
export function localNow(clock: Clock): string {
  const p = parts(clock.now());
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}`;
}

/** The Asia/Shanghai calendar date of a stored instant (`registered_at` → the day it was registered). */
export function localDateOf(isoInstant: string): string {
  const p = parts(new Date(isoInstant));
  return `${p['year']}-${p['month']}-${p['day']}`;
}
