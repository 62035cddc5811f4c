/** 受理, 不予受理, 作废, 终止, 移交 (+反馈), 延期, 结案: each asks only what its step needs. */
import {
  Alert,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { handlingPeriodDays } from '../../../../../shared/cases/caseDeadlines.ts';
import {
  caseAcceptInput,
  caseCloseInput,
  caseExtendInput,
  caseRejectInput,
  caseTerminateInput,
  caseTransferFeedbackInput,
  caseTransferInput,
  caseVoidInput,
} from '../../../../../shared/schemas/triage.ts';
import { CASE_SOURCE_GROUP, COURT_PROCEDURE_LABELS } from '../../../../../shared/types/disputeTaxonomy.ts';
import {
  CONSENT_FORM_LABELS,
  CONSENT_MODE_LABELS,
  REJECTION_REASON_LABELS,
  TERMINATION_REASON_LABELS,
  TRANSFER_FEEDBACK_RESULT_LABELS,
  TRANSFER_TARGET_KIND_LABELS,
  type AdvisedChannel,
  type ConsentForm,
  type ConsentMode,
  type RejectionReason,
  type TerminationReason,
  type TransferFeedbackResult,
  type TransferTargetKind,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { ORGANISATION_LEVEL_LABELS } from '../../../../../shared/types/organisation.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { caseWriteResolver, optionsOf } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { mainParties, partyLabel } from '../caseFacts.ts';
import { ChannelChecks, done, type DialogProps } from './dialogKit.tsx';
import { dateOrderErrors, stepDateDefault } from '../../backfill/dateOrderErrors.ts';
import { DateField } from '../../../common/DateField.tsx';

export function AcceptDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.accept', detail);
  const initiative = CASE_SOURCE_GROUP[detail.source] === 'initiative';
  const backfilling = detail.backfill?.open === true;
  // 补录: the number on the paper dossier, if it is to be kept ('' = the next number).
  const paperSeq = (v: number | string) => (backfilling && typeof v === 'number' ? v : null);
  const form = useForm({
    initialValues: {
      acceptedOn: stepDateDefault(detail),
      consentMode: (initiative ? 'ex_officio_no_objection' : 'all_parties_consented') as ConsentMode,
      consentNote: '',
      paperCaseSeq: '' as number | string,
    },
    validate: (values) => ({
      ...caseWriteResolver(caseAcceptInput)({ ...values, paperCaseSeq: paperSeq(values.paperCaseSeq) }),
      ...dateOrderErrors(values, detail, [{ field: 'acceptedOn', step: 'accepted' }]),
    }),
  });
  const days = handlingPeriodDays(detail.source, detail.referralCourtProcedure);
  const court =
    detail.source === 'court_assigned'
      ? '人民法院委派调解，'
      : detail.source === 'court_entrusted'
        ? `人民法院委托调解（${detail.referralCourtProcedure ? COURT_PROCEDURE_LABELS[detail.referralCourtProcedure] : '普通程序'}），`
        : '';
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="受理"
      description={`受理后编人调字号，${court}调解期限 ${days} 日（自受理次日起算，末日遇节假日顺延）。`}
      submitLabel="受理"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        const updated = await write.submit(
          { ...values, paperCaseSeq: paperSeq(values.paperCaseSeq) },
          form.setErrors,
        );
        if (updated)
          done(onClose, `已受理，编号${updated.caseNo ?? ''}，调解期限至 ${updated.dueDate ?? ''}`);
      })}
    >
      <DateField label="受理日期" withAsterisk w={200} {...form.getInputProps('acceptedOn')} />
      <Radio.Group label="当事人同意调解的情况" withAsterisk {...form.getInputProps('consentMode')}>
        <Stack gap={6} mt={6}>
          {optionsOf(CONSENT_MODE_LABELS).map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label="同意情况说明"
        placeholder="如：双方当场表示同意调解"
        {...form.getInputProps('consentNote')}
      />
      {backfilling && (
        <NumberInput
          label="纸质案号（第几号）"
          description="按纸质卷宗上的人调字号填写；不填则按本年顺序自动编号"
          min={1}
          max={99999}
          allowDecimal={false}
          w={360}
          {...form.getInputProps('paperCaseSeq')}
        />
      )}
    </CaseDialog>
  );
}

/** Channels that usually fit a refusal or termination reason, ticked when the reason is chosen. */
const CHANNELS_FOR: Partial<Record<RejectionReason | TerminationReason, AdvisedChannel[]>> = {
  criminal_or_public_security: ['police'],
  administrative_dispute: ['administrative', 'litigation'],
  reserved_to_organs: ['administrative', 'litigation'],
  already_handled: ['litigation'],
};

function DisposalDialog({ detail, onClose, kind }: DialogProps & { kind: 'reject' | 'terminate' }) {
  const reject = useCaseWrite('case.reject', detail);
  const terminate = useCaseWrite('case.terminate', detail);
  const write = kind === 'reject' ? reject : terminate;
  const labels: Readonly<Record<string, string>> =
    kind === 'reject' ? REJECTION_REASON_LABELS : TERMINATION_REASON_LABELS;
  // A recorded refusal (人民调解法 art. 17) is the usual reason when there is one.
  const refused = detail.parties.some((p) => p.refusedOn !== null);
  const form = useForm({
    initialValues: {
      on: stepDateDefault(detail),
      reasonCode: refused ? 'party_refused' : (null as string | null),
      reason: '',
      channels: (refused ? ['litigation'] : []) as AdvisedChannel[],
      advice: '',
    },
    validate: (values) => {
      const common = {
        reasonCode: values.reasonCode,
        reason: values.reason,
        channels: values.channels,
        advice: values.advice,
      };
      const dated = dateOrderErrors(values, detail, [
        { field: 'on', step: kind === 'reject' ? 'rejected' : 'terminated' },
      ]);
      return kind === 'reject'
        ? { ...caseWriteResolver(caseRejectInput)({ ...common, rejectedOn: values.on }), ...dated }
        : { ...caseWriteResolver(caseTerminateInput)({ ...common, terminatedOn: values.on }), ...dated };
    },
  });
  const values = form.getValues();
  const title = kind === 'reject' ? '不予受理' : '终止调解';
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title={title}
      description={
        kind === 'reject'
          ? '依照《人民调解工作若干规定》第二十二条不予受理，并告知当事人可以选择的其他途径。'
          : '依照《人民调解法》第二十六条终止调解，并告知当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。'
      }
      submitLabel={title}
      danger
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const common = { reason: v.reason, channels: v.channels, advice: v.advice };
        const updated =
          kind === 'reject'
            ? await reject.submit(
                { ...common, rejectedOn: v.on, reasonCode: v.reasonCode as RejectionReason },
                (e) => form.setErrors({ ...e, on: e['rejectedOn'] }),
              )
            : await terminate.submit(
                { ...common, terminatedOn: v.on, reasonCode: v.reasonCode as TerminationReason },
                (e) => form.setErrors({ ...e, on: e['terminatedOn'] }),
              );
        if (updated) done(onClose, `${detail.title}：${title}`);
      })}
    >
      <DateField
        label={kind === 'reject' ? '决定日期' : '终止日期'}
        withAsterisk
        w={200}
        {...form.getInputProps('on')}
        error={form.errors['on'] ?? form.errors['rejectedOn'] ?? form.errors['terminatedOn']}
      />
      <Radio.Group
        label={kind === 'reject' ? '不予受理的理由' : '终止调解的原因'}
        withAsterisk
        {...form.getInputProps('reasonCode')}
        onChange={(code) => {
          form.setFieldValue('reasonCode', code);
          if (values.channels.length === 0) {
            form.setFieldValue('channels', CHANNELS_FOR[code as RejectionReason] ?? ['litigation']);
          }
        }}
      >
        <Stack gap={6} mt={6}>
          {Object.entries(labels).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label="具体说明" autosize minRows={2} {...form.getInputProps('reason')} />
      <ChannelChecks
        value={values.channels}
        onChange={(v) => form.setFieldValue('channels', v)}
        error={form.errors['channels'] as string | undefined}
      />
      <Textarea
        label="告知内容"
        placeholder="如：已告知申请人可向南京市栖霞区人民法院起诉"
        autosize
        minRows={2}
        {...form.getInputProps('advice')}
      />
    </CaseDialog>
  );
}

export const RejectDialog = (props: DialogProps) => <DisposalDialog {...props} kind="reject" />;
export const TerminateDialog = (props: DialogProps) => <DisposalDialog {...props} kind="terminate" />;

export function VoidDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.void', detail);
  const form = useForm({ initialValues: { reason: '' }, validate: caseWriteResolver(caseVoidInput) });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="作废"
      description="只用于误登记的案件：作废后案件只能查看，记录不会删除。已开始调解的案件请终止调解。"
      submitLabel="作废"
      danger
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        if (await write.submit(values, form.setErrors)) done(onClose, `${detail.title} 已作废`);
      })}
    >
      <Textarea label="作废原因" withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
    </CaseDialog>
  );
}

export function TransferDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.transfer', detail);
  const organisations = useApiQuery('org.list', { includeInactive: false });
  const form = useForm({
    initialValues: {
      targetKind: 'organisation' as TransferTargetKind,
      targetOrganisationId: null as string | null,
      targetName: '',
      reason: '',
      transferredOn: stepDateDefault(detail),
    },
    validate: (values) => ({
      ...caseWriteResolver(caseTransferInput)(values),
      ...dateOrderErrors(values, detail, [{ field: 'transferredOn', step: 'transferred' }]),
    }),
  });
  const values = form.getValues();
  const others = (organisations.data ?? []).filter((o) => !o.isHome && o.active);
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="移交"
      description="上报上级调解组织（村社 → 街镇 → 区），或移交人民法院、公安机关、信访部门、行政部门；接收单位的反馈可以稍后登记。"
      submitLabel="移交"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const organisation = v.targetKind === 'organisation';
        const updated = await write.submit(
          {
            targetKind: v.targetKind,
            targetOrganisationId: organisation ? v.targetOrganisationId : null,
            targetName: organisation ? '' : v.targetName,
            reason: v.reason,
            transferredOn: v.transferredOn,
          },
          form.setErrors,
        );
        if (updated) done(onClose, `${detail.title} 已移交`);
      })}
    >
      <SimpleGrid cols={2}>
        <NativeSelect
          label="接收单位类型"
          withAsterisk
          data={optionsOf(TRANSFER_TARGET_KIND_LABELS)}
          {...form.getInputProps('targetKind')}
        />
        <DateField label="移交日期" withAsterisk {...form.getInputProps('transferredOn')} />
      </SimpleGrid>
      {values.targetKind === 'organisation' ? (
        <Select
          label="接收的调解组织"
          withAsterisk
          placeholder={others.length ? '请选择' : '还没有登记其他调解组织（设置 → 组织）'}
          data={others.map((o) => ({
            value: o.id,
            label: `${o.name}（${ORGANISATION_LEVEL_LABELS[o.level]}）`,
          }))}
          searchable
          {...form.getInputProps('targetOrganisationId')}
        />
      ) : (
        <TextInput
          label="接收单位名称"
          withAsterisk
          placeholder="如：南京市栖霞区人民法院"
          {...form.getInputProps('targetName')}
        />
      )}
      <Textarea label="移交原因" withAsterisk autosize minRows={2} {...form.getInputProps('reason')} />
    </CaseDialog>
  );
}

export function TransferFeedbackDialog({
  detail,
  onClose,
  transferId,
}: DialogProps & { transferId?: string | undefined }) {
  const write = useCaseWrite('case.transferFeedback', detail);
  const pending = detail.transfers.filter((t) => t.feedbackOn === null);
  const form = useForm({
    initialValues: {
      transferId: transferId ?? pending[0]?.id ?? detail.transfers[0]?.id ?? '',
      feedbackOn: stepDateDefault(detail),
      result: null as TransferFeedbackResult | null,
      note: '',
    },
    validate: (values) => ({
      ...caseWriteResolver(caseTransferFeedbackInput)(values),
      ...dateOrderErrors(values, detail, [{ field: 'feedbackOn', step: 'transferFeedback' }]),
    }),
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="登记移交反馈"
      submitLabel="保存反馈"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        if (await write.submit({ ...v, result: v.result as TransferFeedbackResult }, form.setErrors)) {
          done(onClose, '已登记接收单位的反馈');
        }
      })}
    >
      <NativeSelect
        label="移交记录"
        data={detail.transfers.map((t) => ({
          value: t.id,
          label: `${t.transferredOn} 移交 ${t.targetName}`,
        }))}
        {...form.getInputProps('transferId')}
      />
      <SimpleGrid cols={2}>
        <DateField label="反馈日期" withAsterisk {...form.getInputProps('feedbackOn')} />
        <Select
          label="反馈结果"
          withAsterisk
          data={optionsOf(TRANSFER_FEEDBACK_RESULT_LABELS)}
          {...form.getInputProps('result')}
        />
      </SimpleGrid>
      <Textarea
        label={form.values.result === 'returned' ? '退回理由' : '反馈内容'}
        withAsterisk={form.values.result === 'returned'}
        description={
          form.values.result === 'returned'
            ? '退回后案件回到本组织：已受理的回到“待指派”重新派单，未受理的回到“待受理”。'
            : undefined
        }
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </CaseDialog>
  );
}

export function ExtendDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.extendDeadline', detail);
  const parties = mainParties(detail);
  const today = stepDateDefault(detail);
  const form = useForm({
    initialValues: {
      newDueDate: '',
      reason: '',
      consents: parties.map((p) => ({
        partyId: p.id,
        given: true,
        consentedOn: today,
        form: 'signed' as ConsentForm,
      })),
    },
    validate: (values) => ({
      ...caseWriteResolver(caseExtendInput)({
        newDueDate: values.newDueDate,
        reason: values.reason,
        consents: values.consents.filter((c) => c.given).map(({ given: _g, ...c }) => c),
      }),
      ...dateOrderErrors(
        values,
        detail,
        values.consents.flatMap((c, i) =>
          c.given ? [{ field: `consents.${i}.consentedOn`, step: 'extensionConsent' as const }] : [],
        ),
      ),
    }),
  });
  const values = form.getValues();
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="延长调解期限"
      description={`当前期限 ${detail.dueDate ?? '—'}。延期须经双方当事人同意，并记录同意的日期和方式。`}
      submitLabel="延期"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            newDueDate: v.newDueDate,
            reason: v.reason,
            consents: v.consents.filter((c) => c.given).map(({ given: _g, ...c }) => c),
          },
          form.setErrors,
        );
        if (updated) done(onClose, `调解期限已延长至 ${updated.dueDate ?? ''}`);
      })}
    >
      <SimpleGrid cols={2}>
        <DateField
          label="延长后的期限"
          withAsterisk
          min={detail.dueDate ?? undefined}
          {...form.getInputProps('newDueDate')}
        />
        <TextInput label="延期原因" withAsterisk {...form.getInputProps('reason')} />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          当事人同意情况
        </Text>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>同意</Table.Th>
              <Table.Th>当事人</Table.Th>
              <Table.Th>同意日期</Table.Th>
              <Table.Th>同意方式</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((p, i) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Checkbox
                    aria-label={`${p.name}同意延期`}
                    {...form.getInputProps(`consents.${i}.given`, { type: 'checkbox' })}
                  />
                </Table.Td>
                <Table.Td>{partyLabel(p)}</Table.Td>
                <Table.Td>
                  <DateField
                    size="xs"
                    aria-label={`${p.name}同意日期`}
                    disabled={!values.consents[i]?.given}
                    {...form.getInputProps(`consents.${i}.consentedOn`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={`${p.name}同意方式`}
                    disabled={!values.consents[i]?.given}
                    data={optionsOf(CONSENT_FORM_LABELS)}
                    {...form.getInputProps(`consents.${i}.form`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {form.errors['consents'] && (
          <Text size="sm" c="red">
            {form.errors['consents']}
          </Text>
        )}
      </Stack>
    </CaseDialog>
  );
}

export function CloseDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('case.close', detail);
  const form = useForm({
    initialValues: { closedOn: stepDateDefault(detail), note: '' },
    validate: (values) => ({
      ...caseWriteResolver(caseCloseInput)(values),
      ...dateOrderErrors(values, detail, [{ field: 'closedOn', step: 'closed' }]),
    }),
  });
  const outcome = detail.agreement
    ? `达成${detail.agreement.form === 'written' ? '书面' : '口头'}协议`
    : detail.status === 'terminated'
      ? `终止调解：${detail.disposal?.reason ?? ''}`
      : detail.status === 'transferred'
        ? `移交：${detail.transfers.map((t) => t.targetName).join('、')}`
        : '';
  const plannedFollowUps = detail.followUps.filter((f) => f.status === 'planned').length;
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="结案"
      description={`调解结果：${outcome}`}
      submitLabel="结案"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        if (await write.submit(values, form.setErrors)) done(onClose, `${detail.title} 已结案`);
      })}
    >
      {plannedFollowUps > 0 && (
        <Alert color="yellow">还有 {plannedFollowUps} 项回访未完成；结案后仍可登记回访。</Alert>
      )}
      <Group grow>
        <DateField label="结案日期" withAsterisk {...form.getInputProps('closedOn')} />
      </Group>
      <Textarea label="结案说明" autosize minRows={2} {...form.getInputProps('note')} />
    </CaseDialog>
  );
}
