import type { CaseDetail } from '../../../../shared/types/dispute.ts';
import {
  AgreementDialog,
  EffectiveDialog,
  FollowUpDialog,
  FollowUpScheduleDialog,
  JudicialDialog,
  PerformanceDialog,
} from './dialogs/AgreementDialogs.tsx';
import { ArchiveDialog } from './dialogs/ArchiveDialog.tsx';
import { AssignDialog, RecuseDialog } from './dialogs/AssignDialogs.tsx';
import { AttachmentDialog } from './dialogs/AttachmentDialog.tsx';
import { CaseEditDialog } from './dialogs/CaseEditDialog.tsx';
import { RightsNoticeDialog, SessionCancelDialog, SessionDialog } from './dialogs/HandlingDialogs.tsx';
import { PartyDialog, PartyRemoveDialog, RefusalDialog } from './dialogs/PartyDialogs.tsx';
import {
  AcceptDialog,
  CloseDialog,
  ExtendDialog,
  RejectDialog,
  TerminateDialog,
  TransferDialog,
  TransferFeedbackDialog,
  VoidDialog,
} from './dialogs/TriageDialogs.tsx';

/** Which dialog the case page has open, with what it was opened on. */
export type DialogRequest =
  | {
      readonly kind:
        | 'accept'
        | 'reject'
        | 'void'
        | 'assign'
        | 'recuse'
        | 'extend'
        | 'notice'
        | 'schedule'
        | 'agreement'
        | 'effective'
        | 'performance'
        | 'judicial'
        | 'terminate'
        | 'transfer'
        | 'close'
        | 'archive'
        | 'edit'
        | 'attachment'
        | 'followUpSchedule';
    }
  | { readonly kind: 'record'; readonly sessionId?: string }
  | { readonly kind: 'cancelSession'; readonly sessionId: string }
  | { readonly kind: 'followUp'; readonly followUpId?: string }
  | { readonly kind: 'transferFeedback'; readonly transferId?: string }
  | { readonly kind: 'party'; readonly partyId?: string }
  | { readonly kind: 'removeParty'; readonly partyId: string }
  | { readonly kind: 'refusal'; readonly partyId: string };

export type OpenDialog = (request: DialogRequest) => void;

export function CaseDialogs({
  request,
  detail,
  onClose,
}: {
  request: DialogRequest | null;
  detail: CaseDetail;
  onClose: () => void;
}) {
  if (request === null) return null;
  const props = { detail, onClose };
  switch (request.kind) {
    case 'accept':
      return <AcceptDialog {...props} />;
    case 'reject':
      return <RejectDialog {...props} />;
    case 'void':
      return <VoidDialog {...props} />;
    case 'assign':
      return <AssignDialog {...props} />;
    case 'recuse':
      return <RecuseDialog {...props} />;
    case 'extend':
      return <ExtendDialog {...props} />;
    case 'notice':
      return <RightsNoticeDialog {...props} />;
    case 'schedule':
      return <SessionDialog {...props} mode="schedule" />;
    case 'record':
      return <SessionDialog {...props} mode="record" sessionId={request.sessionId} />;
    case 'cancelSession':
      return <SessionCancelDialog {...props} sessionId={request.sessionId} />;
    case 'agreement':
      return <AgreementDialog {...props} />;
    case 'effective':
      return <EffectiveDialog {...props} />;
    case 'performance':
      return <PerformanceDialog {...props} />;
    case 'followUp':
      return <FollowUpDialog {...props} followUpId={request.followUpId} />;
    case 'followUpSchedule':
      return <FollowUpScheduleDialog {...props} />;
    case 'judicial':
      return <JudicialDialog {...props} />;
    case 'terminate':
      return <TerminateDialog {...props} />;
    case 'transfer':
      return <TransferDialog {...props} />;
    case 'transferFeedback':
      return <TransferFeedbackDialog {...props} transferId={request.transferId} />;
    case 'close':
      return <CloseDialog {...props} />;
    case 'archive':
      return <ArchiveDialog {...props} />;
    case 'edit':
      return <CaseEditDialog {...props} />;
    case 'attachment':
      return <AttachmentDialog {...props} />;
    case 'party':
      return <PartyDialog {...props} partyId={request.partyId} />;
    case 'removeParty':
      return <PartyRemoveDialog {...props} partyId={request.partyId} />;
    case 'refusal':
      return <RefusalDialog {...props} partyId={request.partyId} />;
  }
}
