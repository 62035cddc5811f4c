import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Input,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { holidaySetYearInput } from '../../../shared/schemas/deadlines.ts';
import { formatChineseDate } from '../../../shared/format/chineseDate.ts';
import type { HolidayDay } from '../../../shared/types/deadlines.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';

const KIND_OPTIONS = [
  { value: 'holiday', label: '放假' },
  { value: 'workday', label: '调休上班' },
];

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = dayjs(from); !d.isAfter(dayjs(to), 'day'); d = d.add(1, 'day'))
    days.push(d.format('YYYY-MM-DD'));
  return days;
}

interface DayRun {
  readonly from: string;
  readonly to: string;
  readonly kind: HolidayDay['kind'];
  readonly name: string;
  readonly count: number;
}

/** Consecutive days with the same name and kind shown as one row: 春节 2月15日–2月23日（9天）. */
function runsOf(days: readonly HolidayDay[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (
      last &&
      last.kind === d.kind &&
      last.name === d.name &&
      dayjs(last.to).add(1, 'day').format('YYYY-MM-DD') === d.date
    ) {
      runs[runs.length - 1] = { ...last, to: d.date, count: last.count + 1 };
    } else {
      runs.push({ from: d.date, to: d.date, kind: d.kind, name: d.name, count: 1 });
    }
  }
  return runs;
}

function runText(run: DayRun): string {
  const from = `${formatChineseDate(run.from)}（${dayjs(run.from).format('dd')}）`;
  if (run.count === 1) return from;
  return `${from} 至 ${dayjs(run.to).format('M月D日')}（${dayjs(run.to).format('dd')}），共 ${run.count} 天`;
}

/** One year's table, edited locally and saved as a whole (holiday.setYear replaces the year). */
export function HolidayEditor({
  year,
  saved,
  canEdit,
}: {
  year: number;
  saved: readonly HolidayDay[];
  canEdit: boolean;
}) {
  const save = useApiMutation('holiday.setYear', [
    'holiday.list',
    'holidayYear.list',
    'dashboard.get',
    'deadline.list',
    'workQueue.get',
    'case.get',
  ]);
  const [days, setDays] = useState<HolidayDay[]>([...saved]);
  const [dirty, setDirty] = useState(false);
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const [kind, setKind] = useState<HolidayDay['kind']>('holiday');
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);

  const change = (next: HolidayDay[]) => {
    setDays(next.sort((a, b) => a.date.localeCompare(b.date)));
    setDirty(true);
  };

  const add = () => {
    const [from, to] = range;
    if (!from) return setAddError('请选择日期');
    if (!name.trim()) return setAddError('请填写名称，如“春节”或“春节调休上班”');
    const picked = daysBetween(from, to ?? from);
    const taken = picked.filter((date) => days.some((d) => d.date === date));
    if (taken.length > 0) return setAddError(`${formatChineseDate(taken[0]!)} 已在表中`);
    change([...days, ...picked.map((date) => ({ date, kind, name: name.trim() }))]);
    setRange([null, null]);
    setName('');
    setAddError(null);
  };

  const submit = async () => {
    const input = {
      year,
      holidays: days.filter((d) => d.kind === 'holiday').map(({ date, name: n }) => ({ date, name: n })),
      workdays: days.filter((d) => d.kind === 'workday').map(({ date, name: n }) => ({ date, name: n })),
    };
    const checked = holidaySetYearInput.safeParse(input);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? '节假日表有误';
      return notifications.show({ color: 'red', title: '节假日表没有保存', message });
    }
    try {
      await save.mutateAsync(input);
      setDirty(false);
      notifications.show({
        color: 'green',
        title: '已保存',
        message: `${year} 年节假日与调休表已更新，期限将按新表计算。`,
      });
    } catch (error) {
      showApiError(error, '节假日表没有保存');
    }
  };

  return (
    <Stack>
      {canEdit && (
        <>
          <Group align="flex-start" gap="sm">
            <DatePickerInput
              type="range"
              allowSingleDateInRange
              label="日期"
              description="可选一天或一段连续的日期"
              placeholder="选择日期"
              valueFormat="YYYY年M月D日"
              monthLabelFormat="YYYY年M月"
              getDayAriaLabel={formatChineseDate}
              minDate={`${year}-01-01`}
              maxDate={`${year}-12-31`}
              defaultDate={`${year}-01-01`}
              value={range}
              onChange={setRange}
              w={260}
              clearable
            />
            <Input.Wrapper label="类别" description="放假日或调休上班日" labelElement="div">
              <SegmentedControl
                aria-label="类别"
                data={KIND_OPTIONS}
                value={kind}
                onChange={(v) => setKind(v as HolidayDay['kind'])}
                display="flex"
              />
            </Input.Wrapper>
            <TextInput
              label="名称"
              description="如：春节、国庆节调休上班"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              w={200}
            />
            <Button mt={42} variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
              加入表中
            </Button>
          </Group>
          {addError && (
            <Text size="sm" c="red" role="alert">
              {addError}
            </Text>
          )}
        </>
      )}
      {days.length === 0 ? (
        <Text size="sm" c="dimmed">
          {year} 年还没有节假日安排。国务院办公厅通常在上一年 11
          月公布，请据此录入放假日和调休上班日；未录入时只按周六、周日计算。
        </Text>
      ) : (
        <Table aria-label={`${year}年节假日与调休`} verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>日期</Table.Th>
              <Table.Th>类别</Table.Th>
              <Table.Th>名称</Table.Th>
              {canEdit && <Table.Th w={50} aria-label="删除" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runsOf(days).map((run) => (
              <Table.Tr key={run.from}>
                <Table.Td>{runText(run)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={run.kind === 'holiday' ? 'red' : 'blue'}>
                    {run.kind === 'holiday' ? '放假' : '调休上班'}
                  </Badge>
                </Table.Td>
                <Table.Td>{run.name}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`删除${run.name} ${formatChineseDate(run.from)}`}
                      onClick={() => change(days.filter((x) => x.date < run.from || x.date > run.to))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <Group>
          <Button onClick={() => void submit()} loading={save.isPending} disabled={!dirty}>
            保存 {year} 年节假日表
          </Button>
          {dirty && (
            <Text size="sm" c="orange">
              有未保存的修改
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
