import { defineMethod } from '../defineMethod.ts';
import { sessionCancelInput, sessionRecordInput, sessionScheduleInput } from '../../schemas/handling.ts';
import { calendarInput } from '../../schemas/mediator.ts';
import type { CaseDetail } from '../../types/dispute.ts';
import type { CalendarEntry } from '../../types/mediator.ts';

export const sessionMethods = {
  'session.schedule': defineMethod<CaseDetail>()({
    input: sessionScheduleInput,
    permission: 'case.write',
    summary: '安排调查或调解',
  }),
  'session.record': defineMethod<CaseDetail>()({
    input: sessionRecordInput,
    permission: 'case.write',
    summary: '记录调查或调解（调解前须已告知权利义务）',
  }),
  'session.cancel': defineMethod<CaseDetail>()({
    input: sessionCancelInput,
    permission: 'case.write',
    summary: '取消已安排的调查或调解',
  }),
  'session.calendar': defineMethod<CalendarEntry[]>()({
    input: calendarInput,
    permission: 'case.read',
    summary: '调解员日程',
  }),
} as const;
