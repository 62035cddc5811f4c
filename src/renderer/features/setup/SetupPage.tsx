import {
  Button,
  Code,
  Container,
  Divider,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { organisationSetupInput, type OrganisationSetupInput } from '../../../shared/schemas/organisation.ts';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_LEVEL_LABELS,
  ORGANISATION_LEVELS,
} from '../../../shared/types/organisation.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';

const kindOptions = ORGANISATION_KINDS.map((value) => ({ value, label: ORGANISATION_KIND_LABELS[value] }));
const levelOptions = ORGANISATION_LEVELS.map((value) => ({ value, label: ORGANISATION_LEVEL_LABELS[value] }));

type SetupValues = OrganisationSetupInput & { confirmPassword: string };
const validateSchema = schemaResolver(organisationSetupInput, { sync: true });

/** First run: who is this installation, and who administers it. The abbreviation goes into every case number. */
export function SetupPage({ dataDir }: { dataDir: string }) {
  const queryClient = useQueryClient();
  const setup = useApiMutation('org.setup');
  const form = useForm<SetupValues>({
    mode: 'uncontrolled',
    initialValues: {
      name: '',
      kind: 'committee',
      level: 'town',
      regionCode: '',
      abbreviation: '',
      sealName: '',
      admin: { username: '', displayName: '', password: '' },
      confirmPassword: '',
    },
    validate: (values) => ({
      ...validateSchema(values),
      ...(values.confirmPassword !== values.admin.password && { confirmPassword: '两次输入的密码不一致' }),
    }),
  });

  const handleSubmit = form.onSubmit(async ({ confirmPassword: _confirm, ...values }) => {
    try {
      await setup.mutateAsync(values);
      await queryClient.invalidateQueries();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') form.setErrors(error.fieldErrors);
      else showApiError(error, '初始化没有完成');
    }
  });

  return (
    <Container size="sm" py="xl">
      <Paper withBorder shadow="sm" p="xl">
        <form onSubmit={handleSubmit} aria-label="首次设置">
          <Stack>
            <Title order={1} size="h2">
              欢迎使用调解台
            </Title>
            <Text c="dimmed">
              首次使用，请登记本机所属的调解组织，并建立管理员账户。组织信息会出现在案号和文书上。
            </Text>
            <TextInput
              label="组织全称"
              placeholder="例如：南京市栖霞区尧化街道人民调解委员会"
              withAsterisk
              data-autofocus
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <Select
              label="组织类型"
              data={kindOptions}
              withAsterisk
              allowDeselect={false}
              key={form.key('kind')}
              {...form.getInputProps('kind')}
            />
            <Select
              label="组织层级"
              data={levelOptions}
              withAsterisk
              allowDeselect={false}
              key={form.key('level')}
              {...form.getInputProps('level')}
            />
            <TextInput
              label="行政区划代码"
              description="6 位区县代码，或 9 位街镇、12 位村社代码，例如栖霞区 320113"
              withAsterisk
              inputMode="numeric"
              key={form.key('regionCode')}
              {...form.getInputProps('regionCode')}
            />
            <TextInput
              label="案号简称"
              description="用于案号，例如：（2026）栖尧人调字第1号"
              placeholder="例如：栖尧"
              withAsterisk
              key={form.key('abbreviation')}
              {...form.getInputProps('abbreviation')}
            />
            <TextInput
              label="印章名称"
              description="文书落款处的印章文字，可稍后填写"
              key={form.key('sealName')}
              {...form.getInputProps('sealName')}
            />

            <Divider label="管理员账户" labelPosition="left" mt="sm" />
            <TextInput
              label="管理员姓名"
              withAsterisk
              key={form.key('admin.displayName')}
              {...form.getInputProps('admin.displayName')}
            />
            <TextInput
              label="管理员用户名"
              description="登录时使用，例如 admin 或姓名拼音"
              withAsterisk
              autoComplete="username"
              key={form.key('admin.username')}
              {...form.getInputProps('admin.username')}
            />
            <PasswordInput
              label="管理员密码"
              description="至少 8 位，须同时包含字母和数字"
              withAsterisk
              autoComplete="new-password"
              key={form.key('admin.password')}
              {...form.getInputProps('admin.password')}
            />
            <PasswordInput
              label="再次输入密码"
              withAsterisk
              autoComplete="new-password"
              key={form.key('confirmPassword')}
              {...form.getInputProps('confirmPassword')}
            />
            <Text size="xs" c="dimmed">
              数据保存在：<Code>{dataDir}</Code>
            </Text>
            <Button type="submit" loading={setup.isPending}>
              完成设置
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
