import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconFileSpreadsheet, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { SavedFilters } from '../../../shared/types/savedView.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { downloadFile } from '../stats/downloadFile.ts';

/**
 * 我的视图 and 导出 Excel for the case list: drop it next to the list's filters, pass the filters in
 * force and a way to apply saved ones. Views are per user (view.* methods).
 */
export function SavedViewsMenu({
  filters,
  onApply,
}: {
  filters: SavedFilters;
  onApply: (filters: SavedFilters) => void;
}) {
  const views = useApiQuery('view.list', {});
  const save = useApiMutation('view.save', ['view.list']);
  const remove = useApiMutation('view.delete', ['view.list']);
  const client = useApiClient();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [exporting, setExporting] = useState(false);

  async function saveView() {
    try {
      const saved = await save.mutateAsync({ name, filters });
      notifications.show({ color: 'green', title: '已保存视图', message: saved.name });
      setNaming(false);
      setName('');
    } catch (error) {
      showApiError(error, '没有保存视图');
    }
  }

  async function exportList() {
    setExporting(true);
    try {
      downloadFile(await client.call('view.exportCaseList', { filters }));
    } catch (error) {
      showApiError(error, '导出没有完成');
    } finally {
      setExporting(false);
    }
  }

  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />}>
            我的视图
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {(views.data ?? []).length === 0 && <Menu.Label>还没有保存的视图</Menu.Label>}
          {(views.data ?? []).map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => onApply(view.filters)}
              rightSection={
                <ActionIcon
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={`删除视图${view.name}`}
                  onClick={(event) => {
                    event.stopPropagation();
                    remove.mutate(
                      { id: view.id },
                      { onError: (error) => showApiError(error, '没有删除视图') },
                    );
                  }}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              }
            >
              {view.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setNaming(true)}>将当前筛选保存为视图…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        loading={exporting}
        onClick={() => void exportList()}
      >
        导出 Excel
      </Button>
      <Modal opened={naming} onClose={() => setNaming(false)} title="保存视图">
        <Stack>
          <Text size="sm" c="dimmed">
            保存当前的筛选条件和排序，以后从“我的视图”一键打开。同名视图会被覆盖。
          </Text>
          <TextInput
            label="视图名称"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            maxLength={30}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setNaming(false)}>
              取消
            </Button>
            <Button onClick={() => void saveView()} loading={save.isPending} disabled={name.trim() === ''}>
              保存
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
