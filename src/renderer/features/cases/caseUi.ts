/**
 * Small helpers shared by the case screens: "today" in China, due-date wording, colours for statuses
 * and risk levels, and Select options from the shared label tables.
 */
import { schemaResolver } from '@mantine/form';
import { dayNumber } from '../../../shared/deadlines/dayCount.ts';
import { chinaDate, chinaDateTime } from '../../../shared/format/chinaTime.ts';
import type { CaseStatus } from '../../../shared/types/caseStatus.ts';
import type { RiskLevel } from '../../../shared/types/disputeTaxonomy.ts';

/** `YYYY-MM-DD` today in China (mediation centres keep China Standard Time whatever the PC says). */
export function todayInChina(now: Date = new Date()): string {
  return chinaDate(now);
}

/** `YYYY-MM-DDTHH:mm` now in China, as session times are written. */
export function nowInChina(now: Date = new Date()): string {
  return chinaDateTime(now).replace(' ', 'T');
}

export type DueTone = 'overdue' | 'today' | 'soon' | 'ok';

export interface DueInfo {
  readonly daysLeft: number;
  readonly tone: DueTone;
  /** 剩余 5 天 / 今日到期 / 已超期 3 天. */
  readonly text: string;
}

/** Days the due-soon colour starts (the dashboard's default window). */
export const DUE_SOON_DAYS = 7;

export function dueInfo(dueDate: string, today: string = todayInChina()): DueInfo {
  const daysLeft = dayNumber(dueDate) - dayNumber(today);
  if (daysLeft < 0) return { daysLeft, tone: 'overdue', text: `已超期 ${-daysLeft} 天` };
  if (daysLeft === 0) return { daysLeft, tone: 'today', text: '今日到期' };
  return { daysLeft, tone: daysLeft <= DUE_SOON_DAYS ? 'soon' : 'ok', text: `剩余 ${daysLeft} 天` };
}

export const DUE_TONE_COLORS: Readonly<Record<DueTone, string | undefined>> = {
  overdue: 'red',
  today: 'orange',
  soon: 'orange',
  ok: undefined,
};

export const RISK_COLORS: Readonly<Record<RiskLevel, string>> = {
  red: 'red',
  orange: 'orange',
  yellow: 'yellow',
  blue: 'blue',
};

export const RISK_SHORT_LABELS: Readonly<Record<RiskLevel, string>> = {
  red: '红',
  orange: '橙',
  yellow: '黄',
  blue: '蓝',
};

export const STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  registered: 'gray',
  accepted: 'cyan',
  in_mediation: 'indigo',
  agreed: 'teal',
  performing: 'teal',
  performed: 'green',
  terminated: 'orange',
  transferred: 'grape',
  rejected: 'pink',
  closed: 'dark',
  archived: 'dark',
  voided: 'gray',
};

/** Select data from one of the shared `…_LABELS` tables, in its own order. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>, keys?: readonly K[]) {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** 2026-03-05T09:30 → 2026-03-05 09:30. */
export function formatLocalTime(value: string): string {
  return value.replace('T', ' ');
}

const PLACEHOLDER_CASE = { caseId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 };

/**
 * Client-side validation of a dialog with the same zod schema the server uses. Dialog values leave out
 * `caseId` and `expectedVersion` (added when sending), so placeholders stand in for them here.
 */
export function caseWriteResolver(schema: Parameters<typeof schemaResolver>[0]) {
  const resolve = schemaResolver(schema, { sync: true });
  return (values: object) => resolve({ ...values, ...PLACEHOLDER_CASE });
}

/** Blank text → null, for optional dates and selects sent to the server. */
export function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}
