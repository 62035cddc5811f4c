import { DateInput, type DateInputProps, type DateStringValue } from '@mantine/dates';
import { useState, type FocusEvent } from 'react';
import { isIsoDate } from '../../../shared/format/chineseDate.ts';

/**
 * The one date (and date-time) input of the app, over @mantine/dates' DateInput: YYYY-MM-DD and 24-hour
 * HH:mm whatever the browser's locale, typeable (one Tab stop; the calendar is there for the mouse),
 * Chinese calendar labels (dayjs zh-cn via DatesProvider). Values stay the strings the API takes:
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` with `withTime`; '' when empty.
 *
 * Typed forms accepted: 20260305, 2026.3.5, 2026/3/5, 2026年3月5日 (and a time after a space or T:
 * 9:30, 0930, 9点30).
 */
export function normalizeDateText(text: string): string {
  const t = text.normalize('NFKC').trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const loose = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(t);
  const m = compact ?? loose;
  if (!m) return t;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : t;
}

/** `2026-03-05 9:30` / `20260305T0930` → `2026-03-05T09:30`; anything else unchanged. */
export function normalizeDateTimeText(text: string): string {
  const t = text.normalize('NFKC').trim();
  const m = /^(.+?)(?:\s+|T)(\d{1,2})\s*(?:[:点时]\s*(\d{1,2})\s*分?|(\d{2}))?$/.exec(t);
  if (!m) return t;
  const date = normalizeDateText(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3] ?? m[4] ?? '0');
  if (!isIsoDate(date) || hour > 23 || minute > 59) return t;
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const CALENDAR_LABELS = {
  monthLevelControl: '选择月份',
  yearLevelControl: '选择年份',
  nextMonth: '下个月',
  previousMonth: '上个月',
  nextYear: '下一年',
  previousYear: '上一年',
  nextDecade: '后十年',
  previousDecade: '前十年',
};

/** Our value → DateInput's (`YYYY-MM-DD` or `YYYY-MM-DD HH:mm:ss`). */
function toPicker(value: string, withTime: boolean): string | null {
  if (value === '') return null;
  if (!withTime) return isIsoDate(value) ? value : null;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value);
  return m ? `${m[1]} ${m[2]}:00` : null;
}

function fromPicker(value: DateStringValue | null, withTime: boolean): string {
  if (value === null) return '';
  return withTime ? `${value.slice(0, 10)}T${value.slice(11, 16) || '00:00'}` : value.slice(0, 10);
}

export type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'maxDate' | 'minDate'> & {
  value?: string | null;
  onChange: (value: string) => void;
  /** Time of day too (HH:mm, 24-hour). */
  withTime?: boolean;
  /** Latest date allowed (`YYYY-MM-DD`), e.g. today for 出生日期: later dates are refused with a message. */
  maxDate?: string;
  minDate?: string;
};

export function DateField({
  value,
  onChange,
  withTime = false,
  maxDate,
  minDate,
  error,
  onBlur,
  placeholder,
  ...props
}: DateFieldProps) {
  const [typedError, setTypedError] = useState<string | null>(null);
  // The calendar opens on a click or Alt+↓, not on focus: tabbing through a form (or a dialog that
  // starts in its date field) must not cover the fields below with a popup.
  const [calendarOpen, setCalendarOpen] = useState(false);
  const parse = (text: string): string | null => {
    const normalized = withTime ? normalizeDateTimeText(text) : normalizeDateText(text);
    if (withTime) return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(normalized) ? normalized : null;
    return isIsoDate(normalized) ? normalized : null;
  };
  return (
    <DateInput
      valueFormat={withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'}
      withTime={withTime}
      placeholder={placeholder ?? (withTime ? '年-月-日 时:分' : '年-月-日')}
      allowDeselect
      autoComplete="off"
      ariaLabels={CALENDAR_LABELS}
      popoverProps={{ withinPortal: true, opened: calendarOpen, onClose: () => setCalendarOpen(false) }}
      {...(maxDate !== undefined && { maxDate })}
      {...(minDate !== undefined && { minDate })}
      {...props}
      value={toPicker(value ?? '', withTime)}
      dateParser={(text) => {
        const parsed = parse(text);
        return parsed === null ? null : (toPicker(parsed, withTime) as DateStringValue);
      }}
      onClick={(event) => {
        setCalendarOpen(true);
        props.onClick?.(event);
      }}
      onKeyDown={(event) => {
        if (event.altKey && event.key === 'ArrowDown') setCalendarOpen(true);
        if (event.key === 'Escape' && calendarOpen) {
          event.stopPropagation();
          setCalendarOpen(false);
        }
        props.onKeyDown?.(event);
      }}
      onChange={(next) => {
        setCalendarOpen(false);
        setTypedError(null);
        onChange(fromPicker(next, withTime));
      }}
      error={error ?? typedError}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        // DateInput silently drops what it cannot take; say why instead.
        const text = event.currentTarget.value;
        const parsed = text.trim() === '' ? null : parse(text);
        if (text.trim() !== '' && parsed === null) {
          setTypedError(
            withTime ? '格式应为 年-月-日 时:分，如 2026-03-05 09:30' : '格式应为 年-月-日，如 2026-03-05',
          );
        } else if (parsed !== null && maxDate !== undefined && parsed.slice(0, 10) > maxDate) {
          setTypedError(`不能晚于 ${maxDate}`);
        } else if (parsed !== null && minDate !== undefined && parsed.slice(0, 10) < minDate) {
          setTypedError(`不能早于 ${minDate}`);
        } else {
          setTypedError(null);
        }
        setCalendarOpen(false);
        onBlur?.(event);
      }}
    />
  );
}
