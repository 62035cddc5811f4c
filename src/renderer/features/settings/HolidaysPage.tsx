import { Alert, Badge, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { roleHasPermission } from '../../../shared/api/roles.ts';
import type { SessionUser } from '../../../shared/types/account.ts';
import { useApiQuery } from '../../api/useApi.ts';
import { HolidayEditor } from './HolidayEditor.tsx';
import { SettingsCrumbs } from './SettingsCrumbs.tsx';

/** The table behind every deadline: 法定节假日 are skipped at the end of a period, 调休 Saturdays count. */
export function HolidaysPage({ user }: { user: SessionUser }) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const list = useApiQuery('holiday.list', { year });
  const statuses = useApiQuery('holidayYear.list', {});
  const status = statuses.data?.find((y) => y.year === year);
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map(String);

  return (
    <Stack>
      <SettingsCrumbs current="节假日与调休" />
      <Title order={1} size="h2">
        节假日与调休
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        调解期限、司法确认申请期限按日历日计算；期限最后一日是节假日或周末的，顺延到其后第一个工作日；调休上班的周末按工作日计。
      </Text>
      <Group align="flex-end">
        <Select
          label="年份"
          data={years}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
        />
        {status && (
          <Badge color={status.status === 'confirmed' ? 'green' : 'yellow'} size="lg" variant="light">
            {status.label}
          </Badge>
        )}
      </Group>
      {status?.status === 'provisional' && (
        <Alert color="yellow" title={`${year}年节假日表为暂定`}>
          本表由程序按《全国年节及纪念日放假办法》自动生成，只含法定节假日，不含国务院办公厅通知中的连休和调休上班日。
          请按通知补齐后保存，保存即视为确认；在办案件的期限会随之重算，并记入案件时间线和审计日志。
        </Alert>
      )}
      <Paper withBorder p="md">
        {list.isError && <Alert color="red">{list.error.message}</Alert>}
        {list.isPending && <Loader size="sm" />}
        {list.data && (
          <HolidayEditor
            key={`${year}-${list.dataUpdatedAt}`}
            year={year}
            saved={list.data}
            canEdit={roleHasPermission(user.role, 'settings.manage')}
          />
        )}
      </Paper>
    </Stack>
  );
}
