import { defineMethod } from '../defineMethod.ts';
import { auditListInput } from '../../schemas/account.ts';
import type { AuditEntry, AuditVerification } from '../../types/account.ts';
import type { Page } from '../../types/dispute.ts';
import { noInput } from './appMethods.ts';

export const auditMethods = {
  'audit.list': defineMethod<Page<AuditEntry>>()({
    input: auditListInput,
    permission: 'audit.view',
    readOnly: true,
    summary: '审计日志（按时间倒序）',
  }),
  'audit.verify': defineMethod<AuditVerification>()({
    input: noInput,
    permission: 'audit.view',
    readOnly: true,
    summary: '核验审计日志是否被改动',
  }),
} as const;
