import { Alert, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
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
      <Select
        label="年份"
        data={years}
        value={String(year)}
        onChange={(value) => value && setYear(Number(value))}
        allowDeselect={false}
        w={140}
      />
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
