import { Stack, Tabs, Text, Title } from '@mantine/core';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { ExchangePanel } from './ExchangePanel.tsx';
import { ExportSettingsPanel } from './ExportSettingsPanel.tsx';
import { FileExportPanel } from './FileExportPanel.tsx';
import { OutboxPanel } from './OutboxPanel.tsx';

/** 上报: the city-platform queue and settings, file export, and station ↔ centre exchange (administrator). */
export function ExportPage() {
  return (
    <Stack>
      <Title order={1} size="h2">
        上报与交换
      </Title>
      <Text size="sm" c="dimmed">
        向市级平台上报案件（只发送映射规定的字段），以及村（社区）站点与街道中心之间用交换包传递案件。
      </Text>
      <Tabs defaultValue="queue" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="queue">上报队列</Tabs.Tab>
          <Tabs.Tab value="settings">上报设置</Tabs.Tab>
          <Tabs.Tab value="file">文件导出</Tabs.Tab>
          <Tabs.Tab value="exchange">站点交换</Tabs.Tab>
          <Tabs.Tab value="conflicts">冲突</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="md">
          <OutboxPanel />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <ExportSettingsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="file" pt="md">
          <FileExportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="exchange" pt="md">
          <ExchangePanel />
        </Tabs.Panel>
        <Tabs.Panel value="conflicts" pt="md">
          <ConflictsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
