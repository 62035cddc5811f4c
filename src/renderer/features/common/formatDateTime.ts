import { chinaDateTimeText } from '../../../shared/format/chinaTime.ts';

/** 2026年11月22日 14:05 in China time (not the PC's zone). */
export function formatDateTime(iso: string): string {
  return chinaDateTimeText(iso);
}
