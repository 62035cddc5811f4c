import { TextInput, type TextInputProps } from '@mantine/core';
import type { FocusEvent } from 'react';
import { isIsoDate } from '../../../../shared/format/chineseDate.ts';

/**
 * A date typed as text — one tab stop, no calendar popup — for the intake form, where clerks copy dates
 * from papers: 20260305, 2026.3.5, 2026/3/5 and 2026年3月5日 all become 2026-03-05 on leaving the field.
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

export function DateField({
  value,
  onChange,
  onBlur,
  error,
  ...props
}: Omit<TextInputProps, 'onChange' | 'value'> & { value?: string; onChange: (value: string) => void }) {
  value ??= '';
  const invalid = value.trim() !== '' && !isIsoDate(value.trim());
  return (
    <TextInput
      placeholder="年-月-日"
      inputMode="numeric"
      autoComplete="off"
      {...props}
      value={value}
      error={error ?? (invalid ? '日期格式应为 年-月-日，如 2026-03-05' : undefined)}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        const normalized = normalizeDateText(e.currentTarget.value);
        if (normalized !== value) onChange(normalized);
        onBlur?.(e);
      }}
    />
  );
}
