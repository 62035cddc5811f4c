/** 当事人: add, edit (after the audited reveal), remove (before 受理), and an explicit refusal. */
import { Alert, Loader, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { partyRefusalInput } from '../../../../../shared/schemas/party.ts';
import type { PartyPersonalData } from '../../../../../shared/types/party.ts';
import { isAgentRole, PARTY_ROLE_LABELS, type PartyRole } from '../../../../../shared/types/partyTaxonomy.ts';
import { useApiQuery } from '../../../../api/useApi.ts';
import { caseWriteResolver, todayInChina } from '../../caseUi.ts';
import {
  checkRow,
  defaultAreaCodeFor,
  emptyPartyRow,
  partyFieldOf,
  partyToRow,
  rowToPartyFields,
  type PartyFormRow,
} from '../../intake/partyForm.ts';
import { PartyRowFields, type PartyField } from '../../intake/PartyRowFields.tsx';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { partyLabel } from '../caseFacts.ts';
import { done, type DialogProps } from './dialogKit.tsx';
import { dateOrderErrors, stepDateDefault } from '../../backfill/dateOrderErrors.ts';
import { DateField } from '../../../common/DateField.tsx';

function PartyForm({
  detail,
  onClose,
  partyId,
  revealed,
  defaultRole,
}: DialogProps & {
  partyId?: string | undefined;
  revealed?: PartyPersonalData | undefined;
  defaultRole: PartyRole;
}) {
  const add = useCaseWrite('party.add', detail);
  const update = useCaseWrite('party.update', detail);
  const write = partyId ? update : add;
  const home = useApiQuery('org.home', {});
  const areaCode = defaultAreaCodeFor(home.data?.regionCode);
  const today = todayInChina();
  const existing = detail.parties.find((p) => p.id === partyId);
  const [idLeft, setIdLeft] = useState(false);
  const form = useForm<PartyFormRow>({
    initialValues: existing ? partyToRow(existing, revealed) : emptyPartyRow(defaultRole),
    validate: (row) => {
      const errors: Record<string, string> = {};
      if (!row.name.trim()) errors['name'] = '请填写姓名或名称';
      if (isAgentRole(row.role) && !row.principalKey) errors['principalKey'] = '请选择代理人所代理的当事人';
      Object.assign(errors, checkRow(row, today, areaCode).errors);
      return Object.fromEntries(Object.entries(errors).map(([k, m]) => [partyFieldOf(k), m]));
    },
  });
  const row = form.getValues();
  const check = checkRow(row, today, areaCode);
  const title = existing ? `修改当事人：${existing.name}` : '添加当事人';
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title={title}
      submitLabel="保存"
      size="80rem"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        const party = {
          ...rowToPartyFields(values),
          principalId: isAgentRole(values.role) ? values.principalKey : null,
        };
        const setErrors = (errors: Record<string, string>) =>
          form.setErrors(
            Object.fromEntries(
              Object.entries(errors).map(([k, m]) => [partyFieldOf(k.replace(/^party\./, '')), m]),
            ),
          );
        const updated = partyId
          ? await update.submit({ partyId, party }, setErrors)
          : await add.submit({ party }, setErrors);
        if (updated)
          done(onClose, `${existing ? '已修改' : '已添加'}${PARTY_ROLE_LABELS[values.role]}${values.name}`);
      })}
    >
      <PartyRowFields
        row={row}
        idPrefix="party-dialog"
        errors={form.errors as Partial<Record<PartyField, string>>}
        check={check}
        showIdError={idLeft}
        principals={detail.parties
          .filter((p) => p.id !== partyId && !isAgentRole(p.role))
          .map((p) => ({ value: p.id, label: partyLabel(p) }))}
        onChange={(field, value) => {
          form.setFieldValue(field, value as never);
          form.clearFieldError(field);
        }}
        onIdBlur={() => {
          setIdLeft(true);
          const result = checkRow(form.getValues(), today, areaCode);
          if (result.derived && row.kind === 'natural') {
            if (form.getValues().sex === '') form.setFieldValue('sex', result.derived.sex);
            if (form.getValues().birthDate === '') form.setFieldValue('birthDate', result.derived.birthDate);
          }
        }}
      />
    </CaseDialog>
  );
}

/** Editing starts with `party.reveal` (audited), so masked ID numbers and phones never reach an input. */
export function PartyDialog({
  detail,
  onClose,
  partyId,
  defaultRole = 'third_party',
}: DialogProps & { partyId?: string | undefined; defaultRole?: PartyRole }) {
  const revealed = useApiQuery(
    'party.reveal',
    { caseId: detail.id, partyId: partyId ?? '' },
    { enabled: partyId !== undefined, gcTime: 0, staleTime: Infinity },
  );
  if (partyId === undefined) return <PartyForm detail={detail} onClose={onClose} defaultRole={defaultRole} />;
  if (revealed.isPending) {
    return (
      <CaseDialog
        opened
        onClose={onClose}
        title="修改当事人"
        submitLabel="保存"
        pending={false}
        error={null}
        onSubmit={() => undefined}
        submitDisabled
      >
        <Loader size="sm" aria-label="正在读取当事人信息" />
      </CaseDialog>
    );
  }
  if (revealed.isError) {
    return (
      <CaseDialog
        opened
        onClose={onClose}
        title="修改当事人"
        submitLabel="保存"
        pending={false}
        error={null}
        onSubmit={() => undefined}
        submitDisabled
      >
        <Alert color="red" title="无法读取完整的证件号码和电话">
          {revealed.error.message} 为免用隐去部分的号码覆盖原有信息，不能在此修改。
        </Alert>
      </CaseDialog>
    );
  }
  return (
    <PartyForm
      detail={detail}
      onClose={onClose}
      partyId={partyId}
      revealed={revealed.data}
      defaultRole={defaultRole}
    />
  );
}

export function PartyRemoveDialog({ detail, onClose, partyId }: DialogProps & { partyId: string }) {
  const write = useCaseWrite('party.remove', detail);
  const party = detail.parties.find((p) => p.id === partyId);
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="删除当事人"
      submitLabel="删除"
      danger
      size="md"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={(e) => {
        e?.preventDefault();
        void write
          .submit({ partyId })
          .then((updated) => updated && done(onClose, `已删除${party?.name ?? '当事人'}`));
      }}
    >
      <Text size="sm">
        删除误登记的{party ? partyLabel(party) : '当事人'}
        ？删除记录会保留在办理记录中。受理后不能删除当事人，只能修改。
      </Text>
    </CaseDialog>
  );
}

export function RefusalDialog({ detail, onClose, partyId }: DialogProps & { partyId: string }) {
  const write = useCaseWrite('party.recordRefusal', detail);
  const party = detail.parties.find((p) => p.id === partyId);
  const form = useForm({
    initialValues: { partyId, refusedOn: stepDateDefault(detail), note: '' },
    validate: (values) => ({
      ...caseWriteResolver(partyRefusalInput)(values),
      ...dateOrderErrors(values, detail, [{ field: 'refusedOn', step: 'refused' }]),
    }),
  });
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="登记拒绝调解"
      description={`${party?.name ?? '当事人'}明确表示拒绝调解的，依法不得调解（人民调解法第十七条）；之后只能不予受理或终止调解。`}
      submitLabel="登记拒绝"
      danger
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (values) => {
        if (await write.submit(values, form.setErrors)) done(onClose, `已登记${party?.name ?? ''}拒绝调解`);
      })}
    >
      <DateField label="拒绝日期" withAsterisk w={200} {...form.getInputProps('refusedOn')} />
      <Textarea label="拒绝情况说明" autosize minRows={2} {...form.getInputProps('note')} />
    </CaseDialog>
  );
}
