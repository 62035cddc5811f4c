import { Button, Group, Menu, Tooltip } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { MethodName } from '../../../../shared/api/contract.ts';
import type { CaseAction } from '../../../../shared/cases/caseStateMachine.ts';
import type { CaseDetail } from '../../../../shared/types/dispute.ts';
import type { DialogRequest, OpenDialog } from './CaseDialogs.tsx';
import { activeAssignments, availability, unnotifiedParties } from './caseFacts.ts';
import { useCan } from './useCan.ts';

type SimpleKind = Exclude<DialogRequest, { partyId: string } | { sessionId: string }>['kind'];

interface ActionButton {
  readonly kind: SimpleKind;
  readonly label: string;
  readonly action: CaseAction;
  readonly method: MethodName;
  readonly show?: (d: CaseDetail) => boolean;
  readonly danger?: boolean;
  /** Less frequent steps go under 更多操作. */
  readonly more?: boolean;
}

const hasAgreement = (d: CaseDetail) => d.agreement !== null;

/** The transition buttons in the order work happens (接单 → 核单 → 派单 → 办单 → 交单 → 评单 → 归档). */
const BUTTONS: readonly ActionButton[] = [
  { kind: 'accept', label: '受理', action: 'accept', method: 'case.accept' },
  { kind: 'reject', label: '不予受理', action: 'reject', method: 'case.reject', danger: true },
  { kind: 'assign', label: '指派调解员', action: 'assign_mediator', method: 'case.assign' },
  {
    kind: 'notice',
    label: '告知权利义务',
    action: 'give_rights_notice',
    method: 'party.recordRightsNotice',
    show: (d) => unnotifiedParties(d).length > 0,
  },
  { kind: 'schedule', label: '安排调查/调解', action: 'schedule_session', method: 'session.schedule' },
  { kind: 'record', label: '记录调查/调解', action: 'record_session', method: 'session.record' },
  {
    kind: 'agreement',
    label: '登记协议',
    action: 'record_agreement',
    method: 'agreement.record',
    show: (d) => !hasAgreement(d),
  },
  {
    kind: 'effective',
    label: '协议生效',
    action: 'manage_agreement',
    method: 'agreement.setEffective',
    show: (d) => d.agreement !== null && d.agreement.effectiveOn === null,
  },
  {
    kind: 'performance',
    label: '履行情况',
    action: 'manage_agreement',
    method: 'agreement.updatePerformance',
    show: (d) => (d.agreement?.obligations.length ?? 0) > 0,
  },
  {
    kind: 'followUp',
    label: '登记回访',
    action: 'record_follow_up',
    method: 'followUp.record',
    show: hasAgreement,
  },
  {
    kind: 'judicial',
    label: '司法确认',
    action: 'judicial_confirmation',
    method: 'agreement.judicialConfirmation',
    show: (d) => d.agreement !== null && d.agreement.confirmable && d.agreement.effectiveOn !== null,
  },
  { kind: 'terminate', label: '终止调解', action: 'terminate', method: 'case.terminate', danger: true },
  {
    kind: 'transferFeedback',
    label: '移交反馈',
    action: 'transfer_feedback',
    method: 'case.transferFeedback',
    show: (d) => d.transfers.some((t) => t.feedbackOn === null),
  },
  { kind: 'close', label: '结案', action: 'close', method: 'case.close' },
  { kind: 'archive', label: '归档', action: 'archive', method: 'case.archive' },
  { kind: 'extend', label: '延长期限', action: 'extend_deadline', method: 'case.extendDeadline', more: true },
  {
    kind: 'recuse',
    label: '调解员回避',
    action: 'recuse_mediator',
    method: 'case.recuse',
    more: true,
    show: (d) => activeAssignments(d).length > 0,
  },
  {
    kind: 'notice',
    label: '告知权利义务',
    action: 'give_rights_notice',
    method: 'party.recordRightsNotice',
    more: true,
    show: (d) => unnotifiedParties(d).length === 0,
  },
  { kind: 'transfer', label: '移交/上报', action: 'transfer', method: 'case.transfer', more: true },
  {
    kind: 'followUpSchedule',
    label: '安排回访',
    action: 'record_follow_up',
    method: 'followUp.schedule',
    more: true,
  },
  { kind: 'edit', label: '修改案件信息', action: 'edit_details', method: 'case.update', more: true },
  { kind: 'void', label: '作废（误登记）', action: 'void', method: 'case.void', more: true, danger: true },
];

/** The step most likely wanted next, drawn as the filled button. */
function nextStep(d: CaseDetail): SimpleKind | null {
  switch (d.status) {
    case 'registered':
      return 'accept';
    case 'accepted':
      return activeAssignments(d).length === 0
        ? 'assign'
        : unnotifiedParties(d).length > 0
          ? 'notice'
          : 'record';
    case 'in_mediation':
      return d.sessions.some((s) => s.kind === 'mediation' && s.status === 'held') ? 'agreement' : 'record';
    case 'agreed':
    case 'performing':
      return d.agreement?.effectiveOn === null ? 'effective' : 'followUp';
    case 'performed':
      return d.followUps.some((f) => f.status === 'done') ? 'close' : 'followUp';
    case 'terminated':
    case 'transferred':
      return 'close';
    case 'closed':
      return 'archive';
    default:
      return null;
  }
}

/**
 * Buttons for the transitions the state machine allows from the current status; a button whose guard
 * fails (no parties yet, no mediator, a party refused) is shown disabled with the reason.
 */
export function CaseActions({ detail, open }: { detail: CaseDetail; open: OpenDialog }) {
  const can = useCan();
  const offered = BUTTONS.filter(
    (b) => availability(detail, b.action).offered && (b.show?.(detail) ?? true) && can(b.method),
  );
  const main = offered.filter((b) => !b.more);
  const more = offered.filter((b) => b.more);
  const next = nextStep(detail);
  if (offered.length === 0) return null;
  return (
    <Group gap="xs" role="toolbar" aria-label="办理操作">
      {main.map((b) => {
        const check = availability(detail, b.action);
        const blockedBy = check.offered ? check.blockedBy : null;
        const button = (
          <Button
            key={b.kind}
            variant={b.kind === next && !blockedBy ? 'filled' : b.danger ? 'light' : 'default'}
            color={b.danger ? 'red' : undefined}
            data-next-action={b.kind === next && !blockedBy ? true : undefined}
            data-disabled={blockedBy ? true : undefined}
            aria-disabled={blockedBy ? true : undefined}
            onClick={(e) => {
              if (blockedBy) e.preventDefault();
              else open({ kind: b.kind } as DialogRequest);
            }}
          >
            {b.label}
          </Button>
        );
        return blockedBy ? (
          <Tooltip key={b.kind} label={blockedBy} multiline w={320}>
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
      {more.length > 0 && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="subtle" rightSection={<IconChevronDown size={14} />}>
              更多操作
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {more.map((b) => {
              const check = availability(detail, b.action);
              const blockedBy = check.offered ? check.blockedBy : null;
              return (
                <Menu.Item
                  key={`${b.kind}-${b.label}`}
                  color={b.danger ? 'red' : undefined}
                  disabled={blockedBy !== null}
                  title={blockedBy ?? undefined}
                  onClick={() => open({ kind: b.kind } as DialogRequest)}
                >
                  {b.label}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      )}
    </Group>
  );
}
