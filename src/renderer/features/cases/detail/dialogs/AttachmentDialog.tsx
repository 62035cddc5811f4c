import { FileInput, NativeSelect, NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip } from '@tabler/icons-react';
import { ATTACHMENT_KIND_LABELS, type AttachmentKind } from '../../../../../shared/types/outcomeTaxonomy.ts';
import { ApiError } from '../../../../api/apiClient.ts';
import { useApiClient } from '../../../../api/ApiProvider.tsx';
import { formatBytes, optionsOf } from '../../caseUi.ts';
import { useCaseWrite } from '../../useCaseWrite.ts';
import { CaseDialog } from '../CaseDialog.tsx';
import { partyLabel } from '../caseFacts.ts';
import { done, type DialogProps } from './dialogKit.tsx';

/** The core accepts files up to 100 MB (files/uploadStore.ts); checked here first so nothing is sent in vain. */
const MAX_BYTES = 100 * 1024 * 1024;

/**
 * 附件: the file's bytes are uploaded first (HTTP body or the desktop channel, never a path), then
 * `attachment.add` names the upload; the core moves it into the data folder when the call commits.
 */
export function AttachmentDialog({ detail, onClose }: DialogProps) {
  const client = useApiClient();
  const write = useCaseWrite('attachment.add', detail);
  const form = useForm({
    initialValues: {
      kind: 'evidence' as AttachmentKind,
      title: '',
      partyId: '',
      pages: '' as number | '',
      file: null as File | null,
    },
    validate: {
      file: (file) =>
        file === null
          ? '请选择要添加的文件'
          : file.size > MAX_BYTES
            ? `文件 ${formatBytes(file.size)}，超过了 ${formatBytes(MAX_BYTES)} 的上限`
            : null,
      title: (title, values) => (title.trim() || values.file ? null : '请填写材料名称'),
    },
  });
  const values = form.getValues();
  return (
    <CaseDialog
      opened
      onClose={onClose}
      title="添加附件"
      description="证据、身份证明、授权委托书、收条等扫描件或照片（不超过 100 MB）；文件保存到数据目录，记录大小和 SHA-256 校验值。"
      submitLabel="添加"
      pending={write.pending}
      error={write.error}
      conflict={write.conflict}
      onSubmit={form.onSubmit(async (v) => {
        const file = v.file!;
        let uploadId: string;
        try {
          uploadId = (await client.upload(file)).uploadId;
        } catch (error) {
          form.setFieldError(
            'file',
            error instanceof ApiError ? error.message : '无法读取这个文件，请重新选择。',
          );
          return;
        }
        const updated = await write.submit(
          {
            kind: v.kind,
            title: v.title.trim() || file.name.replace(/\.[^.]+$/, ''),
            fileName: file.name,
            mimeType: file.type || 'application/octet-stream',
            pages: v.pages === '' ? null : v.pages,
            partyId: v.partyId || null,
            uploadId,
          },
          (errors) => form.setErrors({ ...errors, file: errors['uploadId'] }),
        );
        if (updated) done(onClose, `已添加附件：${file.name}`);
      })}
    >
      <FileInput
        label="文件"
        withAsterisk
        placeholder="选择文件"
        leftSection={<IconPaperclip size={16} />}
        clearable
        {...form.getInputProps('file')}
      />
      {values.file && (
        <Text size="xs" c="dimmed">
          {values.file.name}，{formatBytes(values.file.size)}
        </Text>
      )}
      <SimpleGrid cols={2}>
        <NativeSelect
          label="材料类型"
          data={optionsOf(ATTACHMENT_KIND_LABELS)}
          {...form.getInputProps('kind')}
        />
        <TextInput
          label="材料名称"
          placeholder={values.file?.name.replace(/\.[^.]+$/, '') ?? '如：漏水现场照片'}
          {...form.getInputProps('title')}
        />
        <NativeSelect
          label="所属当事人"
          data={[
            { value: '', label: '（整个案件）' },
            ...detail.parties.map((p) => ({ value: p.id, label: partyLabel(p) })),
          ]}
          {...form.getInputProps('partyId')}
        />
        <NumberInput label="页数" min={1} allowDecimal={false} {...form.getInputProps('pages')} />
      </SimpleGrid>
    </CaseDialog>
  );
}
