import { DateInput, type DateInputProps } from '@mantine/dates';

/**
 * The date a step really happened, asked on each dialog while a paper case is being entered (补录).
 * Typed or picked; the value is `YYYY-MM-DD` text like every other date the API takes.
 */
export function BackfillDateInput({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange'> & { value?: string; onChange: (value: string) => void }) {
  return (
    <DateInput
      valueFormat="YYYY-MM-DD"
      placeholder="年-月-日"
      clearable
      w={200}
      {...props}
      value={value === '' || value === undefined ? null : value}
      onChange={(next) => onChange(next ?? '')}
    />
  );
}
