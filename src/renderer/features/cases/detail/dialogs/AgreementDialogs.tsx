/** 协议 (with obligations and 大写 amounts), 生效, 履行情况, 回访, 司法确认. */
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useForm, type GetInputPropsReturnType } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { clauseSentence } from '../../../../../shared/agreements/clauseSentence.ts';
import { notConfirmableReason } from '../../../../../shared/cases/agreementRules.ts';
import { chineseNumeral } from '../../../../../shared/format/chineseDate.ts';
import { formatFenCombined, parseYuan } from '../../../../../shared/format/money.ts';
import { appendCitation, CiteLawButton } from '../../../laws/CiteLawButton.tsx';
import { followUpScheduleInput, judicialConfirmationInput } from '../../../../../shared/schemas/handling.ts';
import type { Obligation } from '../../../../../shared/types/outcome.ts';
import {
  AGREEMENT_FORM_LABELS,
  CONFIRMATION_RESULT_LABELS,
  FOLLOW_UP_METHOD_LABELS,
  FOLLOW_UP_REASON_LABELS,
  PERFORMANCE_STATUS_LABELS,
  SATISFACTION_LABELS,
  type AgreementForm,
  type ConfirmationResult,
  type FollowUpMethod,
  type PerformanceStatus,
  type Satisfaction,
} from '../../../../../shared/types/outcomeTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { blankToNull, caseWriteResolver, optionsOf } from '../../caseUi.ts';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { partyName, partyOptions, principals } from '../caseFacts.ts';
import { done, type DialogProps } from './dialogKit.tsx';
import { dateOrderErrors, stepDateDefault } from '../../backfill/dateOrderErrors.ts';
import { DateField } from '../../../common/DateField.tsx';

/** 元 typed by the clerk → 分, or why not; blank is "no amount". */
function yuanField(text: string): { fen: number | null; error: string | null } {
  if (text.trim() === '') return { fen: null, error: null };
  const parsed = parseYuan(text);
  return parsed.ok ? { fen: parsed.fen, error: null } : { fen: null, error: parsed.reason };
}

/** The 大写 form under an amount input, updated as it is typed. */
function AmountInWords({ text }: { text: string }) {
  const { fen, error } = yuanField(text);
  if (error) return null;
  if (fen === null) return null;
  return (
    <Text size="xs" c="indigo" aria-live="polite">
      {formatFenCombined(fen)}
    </Text>
  );
}

/** 申请人 / 被申请人 / 第三人, as the documents print the obligor before the clause. */
function printedRole(role: string): string {
  return role === 'applicant' ? '申请人' : role === 'respondent' ? '被申请人' : '第三人';
}

/**
 * The clause as the 协议书 will print it, composed by the same function the document engine uses, so
 * the clerk sees at once when the text would repeat the obligor or the deadline (it never does).
 */
function ClausePreview({
  index,
  row,
  parties,
}: {
  index: number;
  row: ObligationRow;
  parties: readonly { id: string; name: string; role: string }[];
}) {
  const obligor = parties.find((p) => p.id === row.obligorId);
  const amount = yuanField(row.amount);
  const dueDate = /^\d{4}-\d{2}-\d{2}$/.test(row.dueDate) ? row.dueDate : null;
  const text = row.content.trim()
    ? `${chineseNumeral(index + 1)}、${clauseSentence({
        obligorRole: obligor ? printedRole(obligor.role) : null,
        obligorName: obligor?.name ?? null,
        content: row.content,
        amountFen: amount.fen,
        dueDate,
      })}`
    : '（填写条款内容后在此显示打印效果）';
  return (
    <Paper
      withBorder
      p="xs"
      bg="gray.0"
      role="status"
      aria-live="polite"
      aria-label={`第${index + 1}条打印预览`}
      style={{ gridColumn: '1 / -1' }}
    >
      <Text size="xs" c="dimmed">
        协议书中打印为：
      </Text>
      <Text size="sm" style={{ fontFamily: 'FangSong, STFangsong, serif' }}>
        {text}
      </Text>
    </Paper>
  );
}

interface ObligationRow {
  key: string;
  obligorId: string;
  obligeeId: string;
  content: string;
  amount: string;
  dueDate: string;
  manner: string;
  place: string;
}

export function AgreementDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('agreement.record', detail);
  const parties = principals(detail);
  const respondent = parties.find((p) => p.role === 'respondent');
  const applicant = parties.find((p) => p.role === 'applicant');
  const newObligation = (): ObligationRow => ({
    key: randomId(),
    obligorId: respondent?.id ?? parties[0]?.id ?? '',
    obligeeId: applicant?.id ?? '',
    content: '',
    amount: '',
    dueDate: '',
    manner: '',
    place: '',
  });
  const today = stepDateDefault(detail);
  const form = useForm({
    initialValues: {
      form: 'written' as AgreementForm,
      number: '',
      concludedOn: today,
      effectiveOn: '',
      facts: detail.summary,
      obligations: [newObligation()],
      otherClauses: '',
      performanceText: '',
      oralContent: '',
      involvesStatusRelation: false,
      involvesOwnershipConfirmation: false,
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      values.obligations.forEach((o, i) => {
        if (!o.obligorId) errors[`obligations.${i}.obligorId`] = '请选择履行义务人';
        if (!o.content.trim()) errors[`obligations.${i}.content`] = '请填写协议条款内容';
        const amount = yuanField(o.amount);
        if (amount.error) errors[`obligations.${i}.amount`] = amount.error;
        if (o.obligeeId && o.obligeeId === o.obligorId)
          errors[`obligations.${i}.obligeeId`] = '权利人与义务人不能是同一人';
      });
      if (values.form === 'oral' && !values.oralContent.trim() && values.obligations.length === 0) {
        errors['oralContent'] = '请记录口头协议的内容';
      }
      return {
        ...errors,
        ...dateOrderErrors(values, detail, [
          { field: 'concludedOn', step: 'agreement' },
          { field: 'effectiveOn', step: 'effective' },
        ]),
      };
    },
  });
  const values = form.getValues();
  const oral = values.form === 'oral';
  const total = values.obligations.reduce((sum, o) => sum + (yuanField(o.amount).fen ?? 0), 0);
  const notConfirmable = notConfirmableReason(values);
  const options = [{ value: '', label: '—' }, ...partyOptions(parties)];

  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="登记调解协议"
      description="协议写明当事人、纠纷事实、协议内容及履行方式、地点、期限（人民调解法第二十九条）。金额按元填写，自动显示大写。"
      submitLabel="登记协议"
      size="80rem"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            form: v.form,
            number: v.number,
            concludedOn: v.concludedOn,
            effectiveOn: blankToNull(v.effectiveOn),
            facts: v.facts,
            obligations: v.obligations.map((o) => ({
              obligorId: o.obligorId,
              obligeeId: o.obligeeId || null,
              content: o.content,
              amountFen: yuanField(o.amount).fen,
              dueDate: blankToNull(o.dueDate),
              manner: o.manner,
              place: o.place,
            })),
            otherClauses: v.otherClauses
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            performanceText: v.performanceText,
            oralContent: oral ? v.oralContent : '',
            involvesStatusRelation: v.involvesStatusRelation,
            involvesOwnershipConfirmation: v.involvesOwnershipConfirmation,
          },
          (errors) =>
            form.setErrors(
              Object.fromEntries(
                Object.entries(errors).map(([k, m]) => [k.replace(/\.amountFen$/, '.amount'), m]),
              ),
            ),
        );
        if (updated) {
          const deadline = updated.agreement?.confirmationDeadline;
          done(
            onClose,
            `已登记${AGREEMENT_FORM_LABELS[v.form]}${deadline ? `，司法确认申请截止 ${deadline}` : ''}`,
          );
        }
      })}
    >
      <Group align="flex-end">
        <SegmentedControl data={optionsOf(AGREEMENT_FORM_LABELS)} {...form.getInputProps('form')} />
        <DateField label="达成日期" withAsterisk {...form.getInputProps('concludedOn')} />
        {!oral && (
          <DateField
            label="生效日期"
            description="各方签名盖章之日；可稍后登记"
            {...form.getInputProps('effectiveOn')}
          />
        )}
        <TextInput
          label="协议编号"
          placeholder={detail.caseNo ?? '默认使用案号'}
          {...form.getInputProps('number')}
        />
      </Group>
      {oral && (
        <Text size="sm" c="dimmed">
          口头协议自达成之日起生效（人民调解法第三十条）。
        </Text>
      )}
      <Group justify="flex-end" mb={-28} style={{ position: 'relative', zIndex: 1 }}>
        <CiteLawButton
          caseId={detail.id}
          target="协议书"
          onInsert={(text) => form.setFieldValue('facts', appendCitation(form.getValues().facts, text))}
        />
      </Group>
      <Textarea
        label="纠纷主要事实、争议事项"
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('facts')}
      />
      {oral && (
        <Textarea
          label="口头协议内容"
          withAsterisk
          autosize
          minRows={2}
          {...form.getInputProps('oralContent')}
        />
      )}
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={500} size="sm">
            协议条款（义务）
          </Text>
          <Text size="sm">
            合计：<b>{formatFenCombined(total)}</b>
          </Text>
        </Group>
        {values.obligations.map((o, i) => (
          <Paper key={o.key} withBorder p="xs" component="fieldset" aria-label={`第${i + 1}条`}>
            <Group justify="space-between" mb={4}>
              <Text size="sm" fw={600}>
                第{i + 1}条
              </Text>
              <Tooltip label={`删除第${i + 1}条`}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`删除第${i + 1}条`}
                  onClick={() => form.removeListItem('obligations', i)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              <NativeSelect
                label="履行义务人"
                withAsterisk
                data={options}
                {...form.getInputProps(`obligations.${i}.obligorId`)}
              />
              <NativeSelect
                label="权利人"
                data={options}
                {...form.getInputProps(`obligations.${i}.obligeeId`)}
              />
              <div>
                <TextInput
                  label="金额（元）"
                  placeholder="如 35600 或 35,600.00"
                  inputMode="decimal"
                  {...form.getInputProps(`obligations.${i}.amount`)}
                />
                <AmountInWords text={o.amount} />
              </div>
              <DateField label="履行期限" {...form.getInputProps(`obligations.${i}.dueDate`)} />
              <Textarea
                label="条款内容"
                description="写义务人做什么，如：向申请人支付赔偿款；义务人、期限、金额会自动加上"
                withAsterisk
                autosize
                minRows={1}
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps(`obligations.${i}.content`)}
              />
              <TextInput
                label="履行方式"
                placeholder="如：银行转账"
                {...form.getInputProps(`obligations.${i}.manner`)}
              />
              <TextInput label="履行地点" {...form.getInputProps(`obligations.${i}.place`)} />
              <ClausePreview index={i} row={o} parties={parties} />
            </SimpleGrid>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('obligations', newObligation())}
          >
            添加条款
          </Button>
          {form.errors['obligations'] && (
            <Text size="sm" c="red">
              {form.errors['obligations']}
            </Text>
          )}
        </Group>
      </Stack>
      <Textarea
        label="其他条款"
        description="每行一条，如：本协议履行完毕后，双方再无其他争议"
        autosize
        minRows={1}
        {...form.getInputProps('otherClauses')}
      />
      <Textarea
        label="履行协议的方式、地点、期限（总述）"
        autosize
        minRows={1}
        {...form.getInputProps('performanceText')}
      />
      <Group>
        <Checkbox
          label="涉及婚姻、亲子、收养等身份关系"
          {...form.getInputProps('involvesStatusRelation', { type: 'checkbox' })}
        />
        <Checkbox
          label="涉及物权或知识产权确权"
          {...form.getInputProps('involvesOwnershipConfirmation', { type: 'checkbox' })}
        />
      </Group>
      {notConfirmable && <Alert color="yellow">{notConfirmable}</Alert>}
    </CaseDialog>
  );
}

export function EffectiveDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('agreement.setEffective', detail);
  const form = useForm({
    initialValues: { effectiveOn: stepDateDefault(detail) },
    validate: (values) => dateOrderErrors(values, detail, [{ field: 'effectiveOn', step: 'effective' }]),
  });
  const agreement = detail.agreement;
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="协议生效"
      description="书面协议自各方当事人签名、盖章或按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。生效之日起 30 日内，双方可共同申请司法确认。"
      submitLabel="登记生效"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        const updated = await write.submit(values, form.setErrors);
        if (updated) {
          const deadline = updated.agreement?.confirmationDeadline;
          done(onClose, `协议已生效${deadline ? `，司法确认申请截止 ${deadline}` : ''}`);
        }
      })}
    >
      {agreement && !agreement.confirmable && <Alert color="yellow">{agreement.notConfirmableReason}</Alert>}
      <DateField
        label="生效日期"
        withAsterisk
        w={200}
        min={agreement?.concludedOn}
        {...form.getInputProps('effectiveOn')}
      />
    </CaseDialog>
  );
}

interface PerformanceRow {
  obligationId: string;
  status: PerformanceStatus;
  amount: string;
  performedOn: string;
  note: string;
}

function performanceRows(obligations: readonly Obligation[]): PerformanceRow[] {
  return obligations.map((o) => ({
    obligationId: o.id,
    status: o.performanceStatus,
    amount: o.performedAmountFen === null ? '' : (o.performedAmountFen / 100).toFixed(2),
    performedOn: o.performedOn ?? '',
    note: o.performanceNote ?? '',
  }));
}

function performanceUpdates(
  rows: readonly PerformanceRow[],
  obligations: readonly Obligation[],
  onlyChanged: boolean,
) {
  return rows
    .filter((row) => {
      if (!onlyChanged) return true;
      const before = obligations.find((o) => o.id === row.obligationId);
      const fresh = performanceRows(before ? [before] : [])[0];
      return !fresh || JSON.stringify(fresh) !== JSON.stringify(row);
    })
    .map((row) => ({
      obligationId: row.obligationId,
      status: row.status,
      performedAmountFen: yuanField(row.amount).fen,
      performedOn: blankToNull(row.performedOn),
      note: row.note,
    }));
}

/** One line per obligation: status, amount paid, date, note. */
function PerformanceTable({
  detail,
  obligations,
  rows,
  inputProps,
  setRow,
}: {
  detail: DialogProps['detail'];
  obligations: readonly Obligation[];
  rows: readonly PerformanceRow[];
  inputProps: (path: string) => GetInputPropsReturnType;
  setRow: (index: number, row: PerformanceRow) => void;
}) {
  return (
    <Table withTableBorder verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>条款</Table.Th>
          <Table.Th w={130}>履行情况</Table.Th>
          <Table.Th w={150}>已履行金额（元）</Table.Th>
          <Table.Th w={150}>履行日期</Table.Th>
          <Table.Th>说明</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {obligations.map((o, i) => (
          <Table.Tr key={o.id}>
            <Table.Td>
              <Text size="sm">
                第{o.seq}条 {partyName(detail, o.obligorId)}：{o.content}
              </Text>
              {o.amountText && (
                <Text size="xs" c="dimmed">
                  {o.amountText}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <NativeSelect
                size="xs"
                aria-label={`第${o.seq}条履行情况`}
                data={optionsOf(PERFORMANCE_STATUS_LABELS)}
                {...inputProps(`performance.${i}.status`)}
                onChange={(e) => {
                  const row = rows[i]!;
                  const status = e.currentTarget.value as PerformanceStatus;
                  // 已履行 usually means paid in full, today: filled in, and still editable.
                  const full = status === 'performed';
                  setRow(i, {
                    ...row,
                    status,
                    amount:
                      full && row.amount === '' && o.amountFen !== null
                        ? (o.amountFen / 100).toFixed(2)
                        : row.amount,
                    performedOn: full && row.performedOn === '' ? stepDateDefault(detail) : row.performedOn,
                  });
                }}
              />
            </Table.Td>
            <Table.Td>
              <TextInput
                size="xs"
                aria-label={`第${o.seq}条已履行金额`}
                {...inputProps(`performance.${i}.amount`)}
              />
              {rows[i] && <AmountInWords text={rows[i].amount} />}
            </Table.Td>
            <Table.Td>
              <DateField
                size="xs"
                aria-label={`第${o.seq}条履行日期`}
                {...inputProps(`performance.${i}.performedOn`)}
              />
            </Table.Td>
            <Table.Td>
              <TextInput size="xs" aria-label={`第${o.seq}条说明`} {...inputProps(`performance.${i}.note`)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function validatePerformance(rows: readonly PerformanceRow[], detail: CaseDetail): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    const amount = yuanField(row.amount);
    if (amount.error) errors[`performance.${i}.amount`] = amount.error;
  });
  const dated = rows.map((_, i) => ({ field: `performance.${i}.performedOn`, step: 'performed' as const }));
  return { ...dateOrderErrors({ performance: rows }, detail, dated), ...errors };
}

export function PerformanceDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('agreement.updatePerformance', detail);
  const obligations = detail.agreement?.obligations ?? [];
  const form = useForm({
    initialValues: { performance: performanceRows(obligations) },
    validate: (values) => validatePerformance(values.performance, detail),
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="履行情况"
      description="全部条款履行完毕时，案件自动转为“履行完毕”。"
      submitLabel="保存履行情况"
      size="70rem"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        const updates = performanceUpdates(values.performance, obligations, false);
        if (await write.submit({ updates }, form.setErrors)) done(onClose, '已登记履行情况');
      })}
    >
      <PerformanceTable
        detail={detail}
        obligations={obligations}
        rows={form.getValues().performance}
        inputProps={form.getInputProps}
        setRow={(i, row) => form.setFieldValue(`performance.${i}`, row)}
      />
    </CaseDialog>
  );
}

export function FollowUpDialog({
  detail,
  onClose,
  followUpId,
}: DialogProps & { followUpId?: string | undefined }) {
  const write = useCaseWrite('followUp.record', detail);
  const me = useApiQuery('auth.me', {});
  const planned = detail.followUps.filter((f) => f.status === 'planned');
  const obligations = detail.agreement?.obligations ?? [];
  const form = useForm({
    initialValues: {
      followUpId: followUpId ?? planned[0]?.id ?? '',
      visitedOn: stepDateDefault(detail),
      method: 'phone' as FollowUpMethod,
      visitor: me.data?.displayName ?? '',
      partyIds: principals(detail).map((p) => p.id),
      satisfaction: null as Satisfaction | null,
      situation: '',
      measures: '',
      performance: performanceRows(obligations),
    },
    validate: (values) => {
      const errors = validatePerformance(values.performance, detail);
      if (!values.situation.trim()) errors['situation'] = '请填写回访情况';
      if (values.partyIds.length === 0) errors['partyIds'] = '请选择回访的当事人';
      if (!values.visitor.trim()) errors['visitor'] = '请填写回访人';
      return { ...errors, ...dateOrderErrors(values, detail, [{ field: 'visitedOn', step: 'followUp' }]) };
    },
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="登记回访"
      description="回访了解协议履行情况和当事人满意度；登记的履行情况同时更新协议条款。"
      submitLabel="保存回访"
      size="70rem"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            followUpId: v.followUpId || null,
            visitedOn: v.visitedOn,
            method: v.method,
            visitor: v.visitor,
            partyIds: v.partyIds,
            satisfaction: v.satisfaction,
            situation: v.situation,
            measures: v.measures,
            performance: performanceUpdates(v.performance, obligations, true),
          },
          form.setErrors,
        );
        if (updated) done(onClose, '已登记回访');
      })}
    >
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
        <NativeSelect
          label="回访任务"
          style={{ gridColumn: 'span 2' }}
          data={[
            ...planned.map((f) => ({
              value: f.id,
              label: `${f.dueOn} ${FOLLOW_UP_REASON_LABELS[f.reason]}`,
            })),
            { value: '', label: '计划外回访' },
          ]}
          {...form.getInputProps('followUpId')}
        />
        <DateField label="回访日期" withAsterisk {...form.getInputProps('visitedOn')} />
        <NativeSelect
          label="回访方式"
          data={optionsOf(FOLLOW_UP_METHOD_LABELS)}
          {...form.getInputProps('method')}
        />
        <TextInput label="回访人" withAsterisk {...form.getInputProps('visitor')} />
        <Select
          label="满意度"
          placeholder="未评价"
          clearable
          data={optionsOf(SATISFACTION_LABELS)}
          {...form.getInputProps('satisfaction')}
        />
      </SimpleGrid>
      <Checkbox.Group label="回访的当事人" withAsterisk {...form.getInputProps('partyIds')}>
        <Group mt={6}>
          {detail.parties.map((p) => (
            <Checkbox key={p.id} value={p.id} label={p.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label="回访情况"
        withAsterisk
        placeholder="履行情况、有无反复、有无起诉、当事人意见"
        autosize
        minRows={2}
        {...form.getInputProps('situation')}
      />
      <Textarea label="采取的措施" autosize minRows={1} {...form.getInputProps('measures')} />
      {obligations.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            回访发现的履行情况
          </Text>
          <PerformanceTable
            detail={detail}
            obligations={obligations}
            rows={form.getValues().performance}
            inputProps={form.getInputProps}
            setRow={(i, row) => form.setFieldValue(`performance.${i}`, row)}
          />
        </Stack>
      )}
    </CaseDialog>
  );
}

export function FollowUpScheduleDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('followUp.schedule', detail);
  const form = useForm({ initialValues: { dueOn: '' }, validate: caseWriteResolver(followUpScheduleInput) });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="安排回访"
      submitLabel="安排"
      size="sm"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        if (await write.submit(values, form.setErrors)) done(onClose, `已安排 ${values.dueOn} 回访`);
      })}
    >
      <DateField label="计划回访日期" withAsterisk {...form.getInputProps('dueOn')} />
    </CaseDialog>
  );
}

export function JudicialDialog({ detail, onClose }: DialogProps) {
  const write = useCaseWrite('agreement.judicialConfirmation', detail);
  const organisations = useApiQuery('org.list', { includeInactive: false });
  const existing = detail.judicialConfirmation;
  const defaultCourt = organisations.data?.find((o) => o.isHome)?.defaultCourt ?? '';
  const form = useForm({
    initialValues: {
      court: existing?.court ?? '',
      appliedOn: existing?.appliedOn ?? stepDateDefault(detail),
      courtCaseNo: existing?.courtCaseNo ?? '',
      decidedOn: existing?.decidedOn ?? '',
      result: (existing?.result ?? null) as ConfirmationResult | null,
      note: existing?.note ?? '',
    },
    validate: (values) => ({
      ...caseWriteResolver(judicialConfirmationInput)({
        ...values,
        court: values.court || defaultCourt,
        appliedOn: blankToNull(values.appliedOn),
        decidedOn: blankToNull(values.decidedOn),
      }),
      ...dateOrderErrors(values, detail, [
        { field: 'appliedOn', step: 'confirmationApplied', replacing: true },
        { field: 'decidedOn', step: 'confirmationDecided', replacing: true },
      ]),
    }),
  });
  const deadline = detail.agreement?.confirmationDeadline;
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="司法确认"
      description={`双方当事人自协议生效之日起 30 日内共同向人民法院申请司法确认${deadline ? `，本案截止 ${deadline}` : ''}。`}
      submitLabel="保存"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const updated = await write.submit(
          {
            ...v,
            court: v.court || defaultCourt,
            appliedOn: blankToNull(v.appliedOn),
            decidedOn: blankToNull(v.decidedOn),
          },
          form.setErrors,
        );
        if (updated) done(onClose, '已登记司法确认情况');
      })}
    >
      <SimpleGrid cols={2}>
        <TextInput
          label="受理法院"
          withAsterisk
          placeholder={defaultCourt || '如：南京市栖霞区人民法院'}
          {...form.getInputProps('court')}
        />
        <DateField label="申请日期" {...form.getInputProps('appliedOn')} />
        <TextInput
          label="法院案号"
          placeholder="如：（2026）苏0113民特123号"
          {...form.getInputProps('courtCaseNo')}
        />
        <DateField label="裁定日期" {...form.getInputProps('decidedOn')} />
        <Select
          label="结果"
          placeholder="尚未裁定"
          clearable
          data={optionsOf(CONFIRMATION_RESULT_LABELS)}
          {...form.getInputProps('result')}
        />
      </SimpleGrid>
      <TextInput label="备注" {...form.getInputProps('note')} />
    </CaseDialog>
  );
}
