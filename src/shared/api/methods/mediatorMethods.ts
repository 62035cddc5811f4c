import { defineMethod } from '../defineMethod.ts';
import {
  mediatorCreateInput,
  mediatorForCaseInput,
  mediatorListInput,
  mediatorSuggestInput,
  mediatorUpdateInput,
} from '../../schemas/mediator.ts';
import { uuidOf } from '../../schemas/common.ts';
import { z } from '../../schemas/zodLocale.ts';
import type { ConflictFinding, Mediator, MediatorSuggestion } from '../../types/mediator.ts';

export const mediatorMethods = {
  'mediator.list': defineMethod<Mediator[]>()({
    input: mediatorListInput,
    permission: 'mediator.read',
    summary: '调解员名册',
  }),
  'mediator.get': defineMethod<Mediator>()({
    input: z.object({ mediatorId: uuidOf('调解员') }),
    permission: 'mediator.read',
    summary: '调解员详情',
  }),
  'mediator.create': defineMethod<Mediator>()({
    input: mediatorCreateInput,
    permission: 'mediator.manage',
    summary: '登记调解员',
  }),
  'mediator.update': defineMethod<Mediator>()({
    input: mediatorUpdateInput,
    permission: 'mediator.manage',
    summary: '修改调解员信息',
  }),
  'mediator.conflicts': defineMethod<ConflictFinding[]>()({
    input: mediatorForCaseInput,
    permission: 'case.read',
    summary: '利益冲突检查（调解员与本案当事人）',
  }),
  'mediator.suggest': defineMethod<MediatorSuggestion[]>()({
    input: mediatorSuggestInput,
    permission: 'case.read',
    summary: '推荐调解员（专长、同街道社区、在办案件数），附理由',
  }),
} as const;
