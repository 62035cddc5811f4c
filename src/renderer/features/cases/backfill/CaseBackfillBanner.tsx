import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../../shared/types/dispute.ts';
import { useCan } from '../detail/useCan.ts';
import { useCaseWrite } from '../useCaseWrite.ts';
import { BackfillBanner, FinishBackfillButton } from './BackfillBanner.tsx';

/**
 * On the page of a case being entered afterwards: the 补录 banner, and 完成补录 once the paper dossier
 * is entered (a case still running on adoption day then continues as live handling).
 */
export function CaseBackfillBanner({ detail }: { detail: CaseDetail }) {
  const can = useCan();
  const finish = useCaseWrite('case.finishBackfill', detail);
  if (!detail.backfill?.open) return null;
  return (
    <>
      {finish.error && (
        <Alert color="red" title="没有完成补录" role="alert">
          {finish.error}
        </Alert>
      )}
      <BackfillBanner
        by={detail.backfill.by}
        at={detail.backfill.at}
        action={
          can('case.finishBackfill') && (
            <FinishBackfillButton
              loading={finish.pending}
              onClick={() =>
                void finish.submit({}).then((updated) => {
                  if (updated)
                    notifications.show({
                      color: 'green',
                      title: '已完成补录',
                      message: '此后的步骤按正常办案记录。',
                    });
                  else if (finish.error)
                    notifications.show({ color: 'red', title: '没有完成', message: finish.error });
                })
              }
            />
          )
        }
      />
    </>
  );
}
