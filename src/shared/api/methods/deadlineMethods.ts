import { defineMethod } from '../defineMethod.ts';
import { attachmentAddInput } from '../../schemas/handling.ts';
import {
  dashboardInput,
  deadlineListInput,
  holidaySetYearInput,
  holidayYearInput,
  subtypeAddInput,
  subtypeListInput,
} from '../../schemas/deadlines.ts';
import type { CaseDetail } from '../../types/dispute.ts';
import type { Dashboard, DeadlineLists, HolidayDay } from '../../types/deadlines.ts';
import type { DisputeType } from '../../types/disputeTaxonomy.ts';

export interface DisputeSubtype {
  readonly id: number;
  readonly name: string;
  readonly disputeType: DisputeType;
}

export const deadlineMethods = {
  'deadline.list': defineMethod<DeadlineLists>()({
    input: deadlineListInput,
    permission: 'case.read',
    summary: '即将到期与已超期：调解期限、协议履行、司法确认、回访',
  }),
  'dashboard.get': defineMethod<Dashboard>()({
    input: dashboardInput,
    permission: 'case.read',
    summary: '工作台：在办案件、即将到期、已超期、今日调解、待回访',
  }),
  'holiday.list': defineMethod<HolidayDay[]>()({
    input: holidayYearInput,
    permission: 'case.read',
    summary: '节假日与调休表',
  }),
  'holiday.setYear': defineMethod<HolidayDay[]>()({
    input: holidaySetYearInput,
    permission: 'settings.manage',
    summary: '设置某一年的节假日与调休上班日',
  }),
  'taxonomy.subtypes': defineMethod<DisputeSubtype[]>()({
    input: subtypeListInput,
    permission: 'case.read',
    summary: '纠纷子类',
  }),
  'taxonomy.addSubtype': defineMethod<DisputeSubtype>()({
    input: subtypeAddInput,
    permission: 'settings.manage',
    summary: '添加本地纠纷子类（归入15类统计类型之一）',
  }),
  'attachment.add': defineMethod<CaseDetail>()({
    input: attachmentAddInput,
    permission: 'case.write',
    summary: '添加附件（复制到数据目录，记录SHA-256）',
  }),
} as const;
