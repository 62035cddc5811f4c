import {
  Alert,
  Button,
  Checkbox,
  ColorSwatch,
  Group,
  Kbd,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { CaseCreateInput } from '../../../shared/schemas/dispute.ts';
import type { IntakeCheck } from '../../../shared/types/dispute.ts';
import {
  APPLICATION_FORM_LABELS,
  CASE_SOURCE_LABELS,
  CASE_SOURCES,
  COURT_PROCEDURE_LABELS,
  DISPUTE_TYPE_LABELS,
  EXTERNAL_REF_KIND_LABELS,
  GROUP_DISPUTE_THRESHOLD,
  RISK_FACTOR_LABELS,
  RISK_LEVEL_LABELS,
  SOURCE_GROUP_LABELS,
  SOURCE_GROUPS,
  CASE_SOURCE_GROUP,
  type DisputeType,
  type RiskFactor,
  type RiskLevel,
} from '../../../shared/types/disputeTaxonomy.ts';
import { isAgentRole, PARTY_ROLE_LABELS, type PartyRole } from '../../../shared/types/partyTaxonomy.ts';
import { ApiError } from '../../api/apiClient.ts';
import { useApiClient } from '../../api/ApiProvider.tsx';
import { useApiQuery } from '../../api/useApi.ts';
import { showApiError } from '../common/showApiError.ts';
import { readDraft, useDraftAutosave, type StoredDraft } from '../common/formDraft.ts';
import { focusFirstInvalidSoon } from '../common/focusFirstInvalid.ts';
import { useLeaveGuard } from '../common/useLeaveGuard.ts';
import { chinaDateTime } from '../../../shared/format/chinaTime.ts';
import { optionsOf, RISK_COLORS, todayInChina } from './caseUi.ts';
import {
  COURT_SOURCES,
  EXTERNAL_REF_FOR_SOURCE,
  handlingDaysFor,
  hasReporter,
  initialIntake,
  isApplication,
  mapErrors,
  principalCount,
  suggestedTitle,
  toCreateInput,
  validateIntake,
  type IntakeValues,
} from './intake/intakeForm.ts';
import { DateField } from '../common/DateField.tsx';
import { IntakeCheckDialog } from './intake/IntakeCheckDialog.tsx';
import { checkRow, defaultAreaCodeFor, emptyPartyRow, type PartyFormRow } from './intake/partyForm.ts';
import { PartyRowFields, type PartyField } from './intake/PartyRowFields.tsx';
import { futureDateViolation } from '../../../shared/cases/caseDateOrder.ts';
import { BackfillBanner } from './backfill/BackfillBanner.tsx';

const INTAKE_DRAFT = 'intake';
const BACKFILL_DRAFT = 'intake-backfill';

/** Sources grouped as the statistics report them (主动 / 申请 / 委托移送). */
const SOURCE_OPTIONS = SOURCE_GROUPS.map((group) => ({
  group: SOURCE_GROUP_LABELS[group],
  items: CASE_SOURCES.filter((s) => CASE_SOURCE_GROUP[s] === group).map((value) => ({
    value,
    label: CASE_SOURCE_LABELS[value],
  })),
}));

function nextRole(parties: readonly PartyFormRow[]): PartyRole {
  if (!parties.some((p) => p.role === 'applicant')) return 'applicant';
  if (!parties.some((p) => p.role === 'respondent')) return 'respondent';
  return 'respondent';
}

function Section({ title, children, hint }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * 接单: the 受理登记表 as a form that works from the keyboard alone — fields in the paper form's order,
 * Ctrl+Enter adds a party, each party has a labelled remove button, an ID number fills sex and birth
 * date, and Ctrl+S saves. Repeat visitors and ID/sex mismatches are shown before saving.
 */
export function CaseRegisterPage({
  backfill = false,
}: {
  /** 补录: a paper case entered afterwards, with its real registration date. */
  readonly backfill?: boolean;
  /** Route parameters (none here). */
  readonly params?: unknown;
}) {
  const [, navigate] = useLocation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const me = useApiQuery('auth.me', {});
  const home = useApiQuery('org.home', {});
  const today = todayInChina();
  const areaCode = defaultAreaCodeFor(home.data?.regionCode);
  const [idLeft, setIdLeft] = useState<ReadonlySet<string>>(new Set());
  const [check, setCheck] = useState<{ input: CaseCreateInput; result: IntakeCheck; names: string[] } | null>(
    null,
  );
  const [saving, setSaving] = useState(false);
  // 补录: the day the paper case was really registered (the rest of the form is the same).
  const [registeredOn, setRegisteredOn] = useState('');
  const [registeredOnError, setRegisteredOnError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // A half-filled form is kept per user (survives reload, crash and 切换用户) until it is saved; a
  // paper case being entered afterwards keeps its own draft.
  const userId = me.data?.id ?? 'unknown';
  const draftKey = backfill ? BACKFILL_DRAFT : INTAKE_DRAFT;
  const [restored, setRestored] = useState<StoredDraft<IntakeValues> | null>(() =>
    readDraft<IntakeValues>(draftKey, userId),
  );
  const [changed, setChanged] = useState(false);
  const dirty = changed || restored !== null;

  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues: restored?.values ?? {
      ...initialIntake(today, me.data?.displayName ?? ''),
      // A paper case's application date is on the paper, not today.
      ...(backfill ? { appliedOn: '' } : {}),
    },
    onValuesChange: () => setChanged(true),
  });
  const values = form.getValues();
  const dropDraft = useDraftAutosave(draftKey, userId, values, dirty);
  const leave = useLeaveGuard(
    dirty,
    '登记表还没有保存。已填写的内容作为草稿保留在本机，下次打开“登记”时会恢复。',
  );

  function discardDraft(): void {
    dropDraft();
    form.setValues(initialIntake(today, me.data?.displayName ?? ''));
    form.clearErrors();
    setRestored(null);
    setChanged(false);
  }
  const subtypes = useApiQuery('taxonomy.subtypes', { disputeType: values.disputeType });
  const subtypeName = subtypes.data?.find((s) => String(s.id) === values.disputeSubtypeId)?.name ?? null;
  const titleSuggestion = suggestedTitle(values, subtypeName);
  const refKind = EXTERNAL_REF_FOR_SOURCE[values.source];
  const persons = principalCount(values);

  function addParty(): void {
    const row = emptyPartyRow(nextRole(form.getValues().parties));
    form.insertListItem('parties', row);
    requestAnimationFrame(() => document.getElementById(`${row.key}-role`)?.focus());
  }

  function removeParty(index: number): void {
    const parties = form.getValues().parties;
    const removed = parties[index];
    form.removeListItem('parties', index);
    if (removed) {
      // Agents of the removed party lose their principal rather than pointing at the wrong row.
      form.getValues().parties.forEach((p, i) => {
        if (p.principalKey === removed.key) form.setFieldValue(`parties.${i}.principalKey`, null);
      });
    }
    form.clearErrors();
    const next = parties[index + 1] ?? parties[index - 1];
    requestAnimationFrame(() =>
      document.getElementById(next ? `${next.key}-role` : 'intake-add-party')?.focus(),
    );
  }

  /** Leaving a valid 居民身份证 number fills sex and birth date (if empty) and normalises it. */
  function onIdBlur(index: number): void {
    const row = form.getValues().parties[index];
    if (!row) return;
    setIdLeft((prev) => new Set(prev).add(row.key));
    const result = checkRow(row, today, areaCode);
    if (!result.derived && result.idNumber === null) return;
    if (result.idNumber && result.idNumber !== row.idNumber.trim() && !result.errors['idNumber']) {
      form.setFieldValue(`parties.${index}.idNumber`, result.idNumber);
    }
    if (result.derived && row.kind === 'natural') {
      if (row.sex === '') form.setFieldValue(`parties.${index}.sex`, result.derived.sex);
      if (row.birthDate === '') form.setFieldValue(`parties.${index}.birthDate`, result.derived.birthDate);
    }
  }

  async function create(input: CaseCreateInput): Promise<void> {
    setSaving(true);
    try {
      const created = await client.call('case.create', input);
      await queryClient.invalidateQueries({ queryKey: ['case.list'] });
      await queryClient.invalidateQueries({ queryKey: ['dashboard.get'] });
      notifications.show({ color: 'green', title: '已登记', message: created.title });
      dropDraft();
      setRestored(null);
      setChanged(false);
      setCheck(null);
      navigate(`/cases/${created.id}`);
    } catch (error) {
      setCheck(null);
      if (error instanceof ApiError && error.code === 'INVALID_INPUT') {
        form.setErrors(mapErrors(error.fieldErrors, form.getValues()));
        setRegisteredOnError(error.fieldErrors['registeredOn'] ?? null);
        focusFirstInvalidSoon(formRef.current);
      }
      showApiError(error, '登记没有完成');
    } finally {
      setSaving(false);
    }
  }

  async function submit(): Promise<void> {
    const current = form.getValues();
    setIdLeft(new Set(current.parties.map((p) => p.key)));
    const errors = validateIntake(current, subtypeName, today, areaCode);
    if (backfill) {
      const problem = registeredOn
        ? futureDateViolation('登记日期', registeredOn, today)
        : '请填写纸质卷宗上的登记日期';
      setRegisteredOnError(problem);
      if (problem) {
        notifications.show({ color: 'red', title: '请检查标红的项目', message: problem });
        return;
      }
    }
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstInvalidSoon(formRef.current);
      const first = Object.keys(errors)[0]!;
      notifications.show({ color: 'red', title: '请检查标红的项目', message: errors[first] });
      return;
    }
    const input = { ...toCreateInput(current, subtypeName), ...(backfill ? { registeredOn } : {}) };
    setSaving(true);
    let result: IntakeCheck;
    try {
      result = await client.call('case.checkIntake', { parties: input.parties ?? [] });
    } catch (error) {
      setSaving(false);
      showApiError(error, '登记前检查没有完成');
      return;
    }
    setSaving(false);
    if (Object.keys(result.errors).length > 0) {
      form.setErrors(mapErrors(result.errors, current));
      focusFirstInvalidSoon(formRef.current);
      notifications.show({
        color: 'red',
        title: '请检查标红的项目',
        message: Object.values(result.errors)[0],
      });
      return;
    }
    if (result.duplicates.length > 0 || result.warnings.length > 0) {
      setCheck({ input, result, names: (input.parties ?? []).map((p) => p.name) });
      return;
    }
    await create(input);
  }

  // Page-wide, so they work wherever the cursor is (but not behind the 登记前核对 dialog).
  useHotkeys(
    [
      ['mod+Enter', (event) => !event.isComposing && check === null && addParty()],
      ['mod+s', () => check === null && !saving && void submit()],
    ],
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.nativeEvent.isComposing && target.tagName === 'INPUT') {
      // No accidental save from Enter in a text box: saving is the 登记 button or Ctrl+S.
      event.preventDefault();
    }
  }

  const partyError = (index: number, field: PartyField) =>
    form.errors[`parties.${index}.${field}`] as string | undefined;

  return (
    <Stack maw={1180}>
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {backfill ? '补录纸质案件' : '登记纠纷'}
        </Title>
        <Text size="sm" c="dimmed">
          <Kbd>Tab</Kbd> 下一项 · <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> 添加当事人 · <Kbd>Ctrl</Kbd>+<Kbd>S</Kbd>{' '}
          保存登记
        </Text>
      </Group>
      {backfill && <BackfillBanner />}
      {restored && (
        <Alert color="blue" title="已恢复未保存的登记草稿" role="status">
          <Group justify="space-between">
            <Text size="sm">草稿保存于 {chinaDateTime(restored.savedAt)}，可以接着填写。</Text>
            <Button size="xs" variant="default" onClick={discardDraft}>
              丢弃草稿，重新填写
            </Button>
          </Group>
        </Alert>
      )}
      <form
        ref={formRef}
        aria-label={backfill ? '补录纸质案件' : '登记纠纷'}
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {backfill && (
            <Section
              title="补录：纸质卷宗"
              hint="按纸质卷宗填写实际日期；受理、调解等以后各步在案件页逐步补录"
            >
              <DateField
                w={200}
                maxDate={today}
                label="登记日期"
                withAsterisk
                value={registeredOn}
                error={registeredOnError}
                onChange={(value) => {
                  setRegisteredOn(value);
                  setRegisteredOnError(null);
                }}
              />
            </Section>
          )}
          <Section title="一、案件来源">
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              <NativeSelect
                label="案件来源"
                data={SOURCE_OPTIONS}
                autoFocus
                {...form.getInputProps('source')}
              />
              {isApplication(values.source) && (
                <>
                  <NativeSelect
                    label="申请方式"
                    data={optionsOf(APPLICATION_FORM_LABELS)}
                    {...form.getInputProps('applicationForm')}
                  />
                  <DateField label="申请日期" {...form.getInputProps('appliedOn')} />
                </>
              )}
              {refKind && (
                <TextInput
                  label={EXTERNAL_REF_KIND_LABELS[refKind]}
                  placeholder="对方系统的编号"
                  {...form.getInputProps('externalRef')}
                />
              )}
              {values.source === 'court_entrusted' && (
                <NativeSelect
                  label="审理程序"
                  data={[{ value: '', label: '请选择' }, ...optionsOf(COURT_PROCEDURE_LABELS)]}
                  {...form.getInputProps('referralCourtProcedure')}
                />
              )}
              {COURT_SOURCES.includes(values.source) && (
                <DateField label="收到委派/委托函日期" {...form.getInputProps('referralReceivedOn')} />
              )}
              {hasReporter(values.source) && (
                <>
                  <TextInput label="反映人/移交人" {...form.getInputProps('reporterName')} />
                  <TextInput label="反映人电话" inputMode="tel" {...form.getInputProps('reporterPhone')} />
                </>
              )}
              {!isApplication(values.source) && (
                <TextInput
                  label="来源说明"
                  placeholder="如：尧化派出所"
                  {...form.getInputProps('sourceDetail')}
                />
              )}
            </SimpleGrid>
            {COURT_SOURCES.includes(values.source) && (
              <Text size="sm" c="indigo">
                人民法院{values.source === 'court_assigned' ? '委派' : '委托'}调解，受理后调解期限为{' '}
                {handlingDaysFor(values)} 日
                {values.source === 'court_entrusted' && values.referralCourtProcedure === ''
                  ? '（普通程序 15 日，简易程序 7 日）'
                  : ''}
                。
              </Text>
            )}
          </Section>

          <Section title="二、当事人" hint="Ctrl+Enter 添加当事人；代理人请选择其代理的当事人">
            {values.parties.length === 0 && (
              <Alert color={form.errors['parties'] ? 'red' : 'gray'}>
                还没有当事人。请至少登记一名申请人（按 Ctrl+Enter 添加）。
              </Alert>
            )}
            {values.parties.map((row, index) => {
              const rowCheck = checkRow(row, today, areaCode);
              const label = `当事人 ${index + 1}${row.name ? `：${row.name}` : ''}`;
              return (
                <PartyRowFields
                  key={row.key}
                  row={row}
                  idPrefix={row.key}
                  heading={label}
                  errors={Object.fromEntries(
                    (Object.keys(row) as PartyField[]).map((f) => [f, partyError(index, f)]),
                  )}
                  check={rowCheck}
                  showIdError={idLeft.has(row.key)}
                  principals={values.parties
                    .filter((p) => p.key !== row.key && !isAgentRole(p.role))
                    .map((p) => ({
                      value: p.key,
                      label: `${PARTY_ROLE_LABELS[p.role]} ${p.name || `（当事人 ${values.parties.indexOf(p) + 1}）`}`,
                    }))}
                  onChange={(field, value) => {
                    form.setFieldValue(`parties.${index}.${field}`, value as never);
                    form.clearFieldError(`parties.${index}.${field}`);
                  }}
                  onIdBlur={() => onIdBlur(index)}
                  onRemove={() => removeParty(index)}
                  removeLabel={`删除当事人 ${index + 1}${row.name ? `（${row.name}）` : ''}`}
                />
              );
            })}
            <Group>
              <Button
                id="intake-add-party"
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={addParty}
              >
                添加当事人
              </Button>
              <Text size="xs" c="dimmed">
                或按 Ctrl+Enter
              </Text>
            </Group>
          </Section>

          <Section title="三、纠纷情况">
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              <NativeSelect
                label="纠纷类型"
                data={optionsOf(DISPUTE_TYPE_LABELS)}
                {...form.getInputProps('disputeType')}
                onChange={(e) => {
                  form.setFieldValue('disputeType', e.currentTarget.value as DisputeType);
                  form.setFieldValue('disputeSubtypeId', null);
                }}
              />
              <NativeSelect
                label="纠纷子类"
                data={[
                  { value: '', label: subtypes.data?.length ? '（不细分）' : '本类型没有子类' },
                  ...(subtypes.data ?? []).map((s) => ({ value: String(s.id), label: s.name })),
                ]}
                disabled={!subtypes.data?.length}
                value={values.disputeSubtypeId ?? ''}
                onChange={(e) => form.setFieldValue('disputeSubtypeId', e.currentTarget.value || null)}
              />
              <DateField label="纠纷发生日期" maxDate={today} {...form.getInputProps('occurredOn')} />
              <NumberInput
                label="涉及人数"
                min={0}
                max={100000}
                allowDecimal={false}
                placeholder={`按当事人计 ${persons} 人`}
                {...form.getInputProps('personsInvolved')}
              />
              <TextInput label="街道（乡镇）" {...form.getInputProps('street')} />
              <TextInput label="社区（村）" {...form.getInputProps('community')} />
              <TextInput label="网格" {...form.getInputProps('grid')} />
              <TextInput label="详细地点" {...form.getInputProps('address')} />
              <NativeSelect
                label="风险等级"
                data={[{ value: '', label: '未评估' }, ...optionsOf(RISK_LEVEL_LABELS)]}
                value={values.riskLevel ?? ''}
                leftSection={
                  values.riskLevel ? (
                    <ColorSwatch
                      size={12}
                      color={`var(--mantine-color-${RISK_COLORS[values.riskLevel]}-6)`}
                    />
                  ) : undefined
                }
                onChange={(e) =>
                  form.setFieldValue('riskLevel', (e.currentTarget.value || null) as RiskLevel | null)
                }
              />
              <MultiSelect
                label="风险因素"
                data={optionsOf(RISK_FACTOR_LABELS)}
                searchable
                clearable
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps('riskFactors')}
                onChange={(value) => form.setFieldValue('riskFactors', value as RiskFactor[])}
              />
              <Checkbox
                mt="lg"
                label={`群体性纠纷（${GROUP_DISPUTE_THRESHOLD}人以上）`}
                {...form.getInputProps('isGroup', { type: 'checkbox' })}
                checked={values.isGroup || (values.personsInvolved || persons) >= GROUP_DISPUTE_THRESHOLD}
              />
            </SimpleGrid>
            {values.riskLevel !== null && (
              <TextInput
                label="风险说明"
                placeholder="判断风险等级的依据"
                {...form.getInputProps('riskNote')}
              />
            )}
          </Section>

          <Section title="四、纠纷简要情况与申请事项">
            <Textarea
              label="纠纷简要情况"
              placeholder="发生了什么、双方争执的焦点"
              withAsterisk
              autosize
              minRows={4}
              {...form.getInputProps('summary')}
            />
            <Textarea
              label="当事人申请事项"
              description="每行一项"
              placeholder={'1、请求……\n2、请求……'}
              autosize
              minRows={2}
              {...form.getInputProps('requests')}
            />
          </Section>

          <Section title="五、卷名与登记人">
            <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xs">
              <TextInput
                label="纠纷名称（卷名）"
                withAsterisk
                placeholder={titleSuggestion || '例如：张某与李某邻里纠纷'}
                description={titleSuggestion && !values.title ? `留空则使用：${titleSuggestion}` : undefined}
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps('title')}
              />
              <TextInput label="登记人" {...form.getInputProps('registrar')} />
            </SimpleGrid>
          </Section>

          <Group justify="flex-end">
            <Button variant="default" onClick={() => leave('/cases')}>
              取消
            </Button>
            <Button type="submit" loading={saving}>
              {backfill ? '补录登记' : '登记'}
            </Button>
          </Group>
        </Stack>
      </form>
      <IntakeCheckDialog
        check={check?.result ?? null}
        partyNames={check?.names ?? []}
        saving={saving}
        onClose={() => setCheck(null)}
        onContinue={() => check && void create(check.input)}
      />
    </Stack>
  );
}
