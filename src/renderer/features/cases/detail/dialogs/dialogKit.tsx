import { Checkbox, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../../../shared/types/dispute.ts';
import { ADVISED_CHANNEL_LABELS, type AdvisedChannel } from '../../../../../shared/types/outcomeTaxonomy.ts';

/** Every transition dialog gets the case as last read and a way to close itself. */
export interface DialogProps {
  readonly detail: CaseDetail;
  readonly onClose: () => void;
}

export function done(onClose: () => void, message: string): void {
  notifications.show({ color: 'green', title: '已保存', message });
  onClose();
}

/** 告知当事人的其他途径 (人民调解法 art. 26): asked by 不予受理 and 终止调解. */
export function ChannelChecks({
  value,
  onChange,
  error,
}: {
  value: AdvisedChannel[];
  onChange: (value: AdvisedChannel[]) => void;
  error?: string | undefined;
}) {
  return (
    <Checkbox.Group
      label="已告知当事人可以通过以下途径解决"
      withAsterisk
      value={value}
      onChange={(v) => onChange(v as AdvisedChannel[])}
      error={error}
    >
      <SimpleGrid cols={2} spacing={6} mt={6}>
        {(Object.keys(ADVISED_CHANNEL_LABELS) as AdvisedChannel[]).map((channel) => (
          <Checkbox key={channel} value={channel} label={ADVISED_CHANNEL_LABELS[channel]} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
