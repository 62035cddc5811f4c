import {
  Alert,
  Button,
  Checkbox,
  Code,
  FileButton,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { exportSettingsInput } from '../../../shared/schemas/exportSettings.ts';
import {
  EXPORT_TRIGGERS,
  EXPORT_TRIGGER_LABELS,
  type ExportAuthKind,
  type ExportTrigger,
} from '../../../shared/types/cityExport.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation, useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { readFileAsText } from './fileTransfer.ts';

const AUTH_OPTIONS: { value: ExportAuthKind; label: string }[] = [
  { value: 'none', label: '不认证（仅限内网测试）' },
  { value: 'bearer', label: '令牌（Authorization: Bearer）' },
  { value: 'hmac', label: 'HMAC-SHA256 签名' },
];

/** Endpoint, authentication, triggers, retry limits, and the mapping file. */
export function ExportSettingsPanel() {
  const settings = useApiQuery('export.settings', {});
  const mapping = useApiQuery('export.mapping', {});
  const update = useApiMutation('export.updateSettings', ['export.settings', 'export.status']);
  const load = useApiMutation('export.loadMapping', ['export.mapping', 'export.settings']);
  const reset = useApiMutation('export.resetMapping', ['export.mapping', 'export.settings']);
  const [mappingProblems, setMappingProblems] = useState<string[]>([]);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      enabled: false,
      endpoint: '',
      authKind: 'none' as ExportAuthKind,
      secret: '',
      triggers: [...EXPORT_TRIGGERS] as ExportTrigger[],
      timeoutMs: 15_000,
      maxAttempts: 10,
      baseDelayMs: 60_000,
      maxDelayMs: 21_600_000,
    },
    validate: schemaResolver(exportSettingsInput, { sync: true }),
  });
  const loaded = settings.data;
  useEffect(() => {
    if (loaded) form.setValues({ ...loaded, triggers: [...loaded.triggers], secret: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const save = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync(values);
      notifications.show({ color: 'green', title: '已保存', message: '上报设置已更新。' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') form.setErrors(error.fieldErrors);
      showApiError(error, '设置没有保存');
    }
  });

  const upload = async (file: File | null) => {
    if (!file) return;
    setMappingProblems([]);
    try {
      const result = await load.mutateAsync({ text: await readFileAsText(file) });
      notifications.show({ color: 'green', title: '映射已载入', message: result.name });
    } catch (error) {
      const problems = error instanceof ApiError ? error.details?.['problems'] : undefined;
      if (Array.isArray(problems)) setMappingProblems(problems.map(String));
      showApiError(error, '映射文件没有载入');
    }
  };

  return (
    <Stack>
      <form onSubmit={save} aria-label="上报设置">
        <Stack>
          <Switch
            label="开启上报（关闭时不排队、不发送）"
            key={form.key('enabled')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          <TextInput
            label="接收地址"
            placeholder="https://平台地址/api/mediation/cases"
            key={form.key('endpoint')}
            {...form.getInputProps('endpoint')}
          />
          <Group grow>
            <Select
              label="认证方式"
              data={AUTH_OPTIONS}
              allowDeselect={false}
              key={form.key('authKind')}
              {...form.getInputProps('authKind')}
            />
            <PasswordInput
              label="令牌或密钥"
              description={loaded?.hasSecret ? '已保存；留空表示不修改' : '由平台提供'}
              key={form.key('secret')}
              {...form.getInputProps('secret')}
            />
          </Group>
          <Checkbox.Group
            label="哪些变化需要上报"
            key={form.key('triggers')}
            {...form.getInputProps('triggers')}
          >
            <Stack gap={4} mt={4}>
              {EXPORT_TRIGGERS.map((t) => (
                <Checkbox key={t} value={t} label={EXPORT_TRIGGER_LABELS[t]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group grow>
            <NumberInput
              label="等待响应（毫秒）"
              min={100}
              max={120000}
              key={form.key('timeoutMs')}
              {...form.getInputProps('timeoutMs')}
            />
            <NumberInput
              label="最多尝试次数"
              min={1}
              max={100}
              key={form.key('maxAttempts')}
              {...form.getInputProps('maxAttempts')}
            />
            <NumberInput
              label="首次重试间隔（毫秒）"
              min={10}
              key={form.key('baseDelayMs')}
              {...form.getInputProps('baseDelayMs')}
            />
            <NumberInput
              label="最长重试间隔（毫秒）"
              min={10}
              key={form.key('maxDelayMs')}
              {...form.getInputProps('maxDelayMs')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={update.isPending}>
              保存设置
            </Button>
          </Group>
        </Stack>
      </form>

      <Title order={2} size="h4">
        字段映射
      </Title>
      <Text size="sm">
        当前映射：<b>{mapping.data?.mapping.name ?? '…'}</b>
        {mapping.data?.isDefault ? '（默认：只发送最少数据，不含完整身份证号、电话、地址和案情）' : ''}
      </Text>
      <Group>
        <FileButton onChange={(file) => void upload(file)} accept="application/json,.json">
          {(props) => (
            <Button variant="light" loading={load.isPending} {...props}>
              载入映射文件…
            </Button>
          )}
        </FileButton>
        <Button
          variant="subtle"
          onClick={() => void reset.mutateAsync({}).catch((e: unknown) => showApiError(e))}
          disabled={mapping.data?.isDefault}
        >
          恢复默认映射
        </Button>
      </Group>
      {mappingProblems.length > 0 && (
        <Alert color="red" title="映射文件的问题">
          <Stack gap={2}>
            {mappingProblems.map((p) => (
              <Text key={p} size="sm">
                {p}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {mapping.data && (
        <details>
          <summary>查看当前映射（JSON）</summary>
          <Code block>{JSON.stringify(mapping.data.mapping, null, 2)}</Code>
        </details>
      )}
    </Stack>
  );
}
