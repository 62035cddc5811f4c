import { Group, SegmentedControl, Select, Switch } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import type { ReportInput } from './statsInput.ts';

const YEARS = Array.from({ length: 12 }, (_, i) => String(new Date().getFullYear() - i));
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }));
const QUARTERS = [1, 2, 3, 4].map((q) => ({ value: String(q), label: `第${q}季度` }));

/** 月报 / 季报 / 年报 / 自定义, and whether lower-level organisations are included. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: ReportInput;
  onChange: (next: ReportInput) => void;
}) {
  return (
    <Group gap="sm" align="flex-end" className="stats-no-print">
      <SegmentedControl
        aria-label="报表周期"
        value={value.period}
        data={[
          { value: 'month', label: '月报' },
          { value: 'quarter', label: '季报' },
          { value: 'year', label: '年报' },
          { value: 'custom', label: '自定义' },
        ]}
        onChange={(period) =>
          onChange({
            ...value,
            period: period as ReportInput['period'],
            month: value.month ?? 1,
            quarter: value.quarter ?? 1,
            ...(period === 'custom'
              ? { from: value.from ?? `${value.year}-01-01`, to: value.to ?? dayjs().format('YYYY-MM-DD') }
              : {}),
          })
        }
      />
      {value.period !== 'custom' && (
        <Select
          aria-label="年份"
          w={100}
          data={YEARS}
          value={String(value.year)}
          onChange={(y) => y && onChange({ ...value, year: Number(y) })}
          allowDeselect={false}
        />
      )}
      {value.period === 'month' && (
        <Select
          aria-label="月份"
          w={90}
          data={MONTHS}
          value={String(value.month ?? 1)}
          onChange={(m) => m && onChange({ ...value, month: Number(m) })}
          allowDeselect={false}
        />
      )}
      {value.period === 'quarter' && (
        <Select
          aria-label="季度"
          w={110}
          data={QUARTERS}
          value={String(value.quarter ?? 1)}
          onChange={(q) => q && onChange({ ...value, quarter: Number(q) })}
          allowDeselect={false}
        />
      )}
      {value.period === 'custom' && (
        <DatePickerInput
          type="range"
          aria-label="统计期间"
          valueFormat="YYYY年M月D日"
          w={300}
          value={[value.from ?? null, value.to ?? null]}
          onChange={([from, to]) => {
            if (from && to)
              onChange({
                ...value,
                from: dayjs(from).format('YYYY-MM-DD'),
                to: dayjs(to).format('YYYY-MM-DD'),
                year: dayjs(to).year(),
              });
          }}
        />
      )}
      <Switch
        label="含下级调解组织"
        checked={value.includeSubordinates ?? true}
        onChange={(event) => onChange({ ...value, includeSubordinates: event.currentTarget.checked })}
      />
    </Group>
  );
}
