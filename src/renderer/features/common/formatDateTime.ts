import dayjs from 'dayjs';

/** 2026年11月22日 14:05 in the machine's time zone. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('YYYY年M月D日 HH:mm');
}
