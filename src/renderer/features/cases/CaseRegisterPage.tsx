import { Button, Group, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useLocation } from 'wouter';
import { caseCreateInput, type CaseCreateInput } from '../../../shared/schemas/dispute.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiMutation } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';

export function CaseRegisterPage() {
  const [, navigate] = useLocation();
  const create = useApiMutation('case.create', ['case.list']);
  const form = useForm<CaseCreateInput>({
    mode: 'uncontrolled',
    initialValues: { title: '', summary: '' },
    validate: schemaResolver(caseCreateInput, { sync: true }),
  });

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(values);
      notifications.show({ color: 'green', title: '已登记', message: created.title });
      navigate(`/cases/${created.id}`);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') form.setErrors(error.fieldErrors);
      else showApiError(error, '登记没有完成');
    }
  });

  return (
    <Stack maw={760}>
      <Title order={2}>登记纠纷</Title>
      <Paper withBorder p="lg">
        <form onSubmit={handleSubmit} aria-label="登记纠纷">
          <Stack>
            <TextInput
              label="纠纷名称"
              placeholder="例如：张某与李某邻里漏水纠纷"
              withAsterisk
              data-autofocus
              key={form.key('title')}
              {...form.getInputProps('title')}
            />
            <Textarea
              label="纠纷简要情况"
              placeholder="发生了什么、当事人的主要诉求"
              withAsterisk
              autosize
              minRows={5}
              key={form.key('summary')}
              {...form.getInputProps('summary')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => navigate('/cases')}>
                取消
              </Button>
              <Button type="submit" loading={create.isPending}>
                登记
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
