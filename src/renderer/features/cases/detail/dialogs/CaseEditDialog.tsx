import { Checkbox, MultiSelect, NumberInput, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  DISPUTE_TYPE_LABELS,
  RISK_FACTOR_LABELS,
  RISK_LEVEL_LABELS,
  type DisputeType,
  type RiskFactor,
  type RiskLevel,
} from '../../../../../shared/types/disputeTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { blankToNull, optionsOf, todayInChina } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { done, type DialogProps } from './dialogKit.tsx';
import { DateField } from '../../../common/DateField.tsx';

/**
 * 修改案件信息: the dispute's own facts. Party data has its own dialog, and the (masked) reporter phone is
 * not offered here, so nothing masked can be saved back over a real value.
 */
export function CaseEditDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.update', detail);
  const form = useForm({
    initialValues: {
      title: detail.title,
      summary: detail.summary,
      requests: detail.requests.join('\n'),
      disputeType: detail.disputeType,
      disputeSubtypeId: detail.disputeSubtype ? String(detail.disputeSubtype.id) : null,
      occurredOn: detail.occurredOn ?? '',
      street: detail.place.street ?? '',
      community: detail.place.community ?? '',
      grid: detail.place.grid ?? '',
      address: detail.place.address ?? '',
      personsInvolved: detail.personsInvolved as number | '',
      isGroup: detail.isGroup,
      riskLevel: detail.riskLevel as RiskLevel | null,
      riskFactors: [...detail.riskFactors] as RiskFactor[],
      riskNote: detail.riskNote ?? '',
    },
  });
  const values = form.getValues();
  const subtypes = useApiQuery('taxonomy.subtypes', { disputeType: values.disputeType });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="修改案件信息"
      submitLabel="保存"
      size="xl"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            fields: {
              title: v.title,
              summary: v.summary,
              requests: v.requests
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
              disputeType: v.disputeType,
              disputeSubtypeId: v.disputeSubtypeId === null ? null : Number(v.disputeSubtypeId),
              occurredOn: blankToNull(v.occurredOn),
              place: { street: v.street, community: v.community, grid: v.grid, address: v.address },
              personsInvolved: v.personsInvolved === '' ? 0 : v.personsInvolved,
              isGroup: v.isGroup,
              riskLevel: v.riskLevel,
              riskFactors: v.riskFactors,
              riskNote: v.riskNote,
            },
          },
          (errors) =>
            form.setErrors(
              Object.fromEntries(
                Object.entries(errors).map(([k, m]) => [
                  k.replace(/^fields\./, '').replace(/^place\./, ''),
                  m,
                ]),
              ),
            ),
        );
        if (updated) done(onClose, '案件信息已保存');
      })}
    >
      <TextInput label="纠纷名称（卷名）" withAsterisk data-autofocus {...form.getInputProps('title')} />
      <Textarea label="纠纷简要情况" withAsterisk autosize minRows={3} {...form.getInputProps('summary')} />
      <Textarea
        label="当事人申请事项"
        description="每行一项"
        autosize
        minRows={2}
        {...form.getInputProps('requests')}
      />
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs">
        <Select
          label="纠纷类型"
          data={optionsOf(DISPUTE_TYPE_LABELS)}
          allowDeselect={false}
          {...form.getInputProps('disputeType')}
          onChange={(value) => {
            if (!value) return;
            form.setFieldValue('disputeType', value as DisputeType);
            form.setFieldValue('disputeSubtypeId', null);
          }}
        />
        <Select
          label="纠纷子类"
          data={(subtypes.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
          disabled={!subtypes.data?.length}
          clearable
          {...form.getInputProps('disputeSubtypeId')}
        />
        <DateField label="纠纷发生日期" maxDate={todayInChina()} {...form.getInputProps('occurredOn')} />
        <TextInput label="街道（乡镇）" {...form.getInputProps('street')} />
        <TextInput label="社区（村）" {...form.getInputProps('community')} />
        <TextInput label="网格" {...form.getInputProps('grid')} />
        <TextInput label="详细地点" {...form.getInputProps('address')} />
        <NumberInput
          label="涉及人数"
          min={0}
          allowDecimal={false}
          {...form.getInputProps('personsInvolved')}
        />
        <Checkbox mt="lg" label="群体性纠纷" {...form.getInputProps('isGroup', { type: 'checkbox' })} />
        <Select
          label="风险等级"
          placeholder="未评估"
          data={optionsOf(RISK_LEVEL_LABELS)}
          clearable
          {...form.getInputProps('riskLevel')}
        />
        <MultiSelect
          label="风险因素"
          data={optionsOf(RISK_FACTOR_LABELS)}
          clearable
          style={{ gridColumn: 'span 2' }}
          {...form.getInputProps('riskFactors')}
        />
      </SimpleGrid>
      <TextInput label="风险说明" {...form.getInputProps('riskNote')} />
    </CaseDialog>
  );
}
