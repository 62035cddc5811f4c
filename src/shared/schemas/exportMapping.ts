import { z } from './zodLocale.ts';
import { plainText } from './common.ts';

/** Every leaf of the v1 record a mapping may send; `[]` marks the one array level. */
export const RECORD_PATHS = [
  'formatVersion',
  'caseUuid',
  'version',
  'caseCode',
  'handlingOrg.uuid',
  'handlingOrg.name',
  'handlingOrg.regionCode',
  'region.districtCode',
  'region.street',
  'region.community',
  'region.grid',
  'address',
  'summary',
  'disputeType',
  'source',
  'status',
  'result',
  'riskLevel',
  'personsInvolved',
  'isGroup',
  'registeredAt',
  'acceptedOn',
  'closedOn',
  'dueDate',
  'amountFen',
  'parties[].uuid',
  'parties[].role',
  'parties[].kind',
  'parties[].name',
  'parties[].sex',
  'parties[].idType',
  'parties[].idNumber',
  'parties[].phones',
  'parties[].address',
  'sessions[].uuid',
  'sessions[].kind',
  'sessions[].status',
  'sessions[].startAt',
  'sessions[].mode',
  'agreement.uuid',
  'agreement.form',
  'agreement.concludedOn',
  'agreement.effectiveOn',
  'agreement.obligations[].uuid',
  'agreement.obligations[].amountFen',
  'agreement.obligations[].dueDate',
  'agreement.obligations[].performanceStatus',
  'followUps[].uuid',
  'followUps[].status',
  'followUps[].dueOn',
  'followUps[].visitedOn',
  'followUps[].method',
  'followUps[].satisfaction',
  'transfers[].uuid',
  'transfers[].targetKind',
  'transfers[].targetName',
  'transfers[].isEscalation',
  'transfers[].transferredOn',
  'transfers[].feedbackResult',
  'replyDueOn',
  'replies[].uuid',
  'replies[].kind',
  'replies[].repliedOn',
  'replies[].channel',
  'replies[].result',
  'replies[].content',
] as const;
export type RecordPath = (typeof RECORD_PATHS)[number];

/** Personal data (domain §7.5): may only be sent with an explicit treatment. */
export const SENSITIVE_PATHS: readonly RecordPath[] = [
  'address',
  'summary',
  'parties[].name',
  'parties[].idNumber',
  'parties[].phones',
  'parties[].address',
  'replies[].content',
];

export const SENSITIVE_TREATMENTS = ['omit', 'mask', 'hash'] as const;
export type SensitiveTreatment = (typeof SENSITIVE_TREATMENTS)[number];

/** Code tables a mapping may translate, and the record field each applies to. */
export const CODE_TABLE_FIELDS = {
  disputeType: 'disputeType',
  source: 'source',
  result: 'result',
  status: 'status',
  riskLevel: 'riskLevel',
  region: 'region.districtCode',
} as const satisfies Record<string, RecordPath>;
export type CodeTableName = keyof typeof CODE_TABLE_FIELDS;

const targetName = z
  .string()
  .regex(
    /^[A-Za-z_\u4e00-\u9fa5][\w\u4e00-\u9fa5]*(\[\])?(\.[A-Za-z_\u4e00-\u9fa5][\w\u4e00-\u9fa5]*(\[\])?)*$/,
    {
      message: '目标字段名只能由字母、数字、下划线或汉字组成，用“.”分层，数组写作“名称[]”',
    },
  );

const codeTable = z.record(z.string().min(1), z.string().min(1).max(64));

export const exportMappingSchema = z
  .object({
    mappingVersion: z.literal(1, { message: '只支持 mappingVersion 为 1 的映射文件' }),
    name: plainText('映射名称', 100).min(1, { message: '请填写映射名称' }),
    fields: z.record(z.string(), targetName).refine((f) => Object.keys(f).length > 0, {
      message: '至少要发送一个字段',
    }),
    sensitive: z
      .record(
        z.string(),
        z.enum(SENSITIVE_TREATMENTS, { message: '敏感字段的处理方式只能是 omit、mask 或 hash' }),
      )
      .default({}),
    codeTables: z
      .object({
        disputeType: codeTable.optional(),
        source: codeTable.optional(),
        result: codeTable.optional(),
        status: codeTable.optional(),
        riskLevel: codeTable.optional(),
        region: codeTable.optional(),
      })
      .strict()
      .default({}),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const known = new Set<string>(RECORD_PATHS);
    const arrayTargets = new Map<string, string>();
    const targets = new Set<string>();
    for (const [source, target] of Object.entries(mapping.fields)) {
      if (!known.has(source)) {
        ctx.addIssue({ code: 'custom', path: ['fields', source], message: `记录中没有字段“${source}”` });
        continue;
      }
      if (targets.has(target)) {
        ctx.addIssue({ code: 'custom', path: ['fields', source], message: `目标字段“${target}”被用了两次` });
      }
      targets.add(target);
      const sourceArray = source.includes('[]') ? source.slice(0, source.indexOf('[]')) : null;
      const targetArray = target.includes('[]') ? target.slice(0, target.indexOf('[]')) : null;
      if ((sourceArray === null) !== (targetArray === null) || target.split('[]').length > 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', source],
          message: `“${source}”${sourceArray ? '是列表中的字段，目标也必须写成“名称[].字段”' : '不是列表字段，目标不能带“[]”'}`,
        });
        continue;
      }
      if (sourceArray !== null && targetArray !== null) {
        const previous = arrayTargets.get(sourceArray);
        if (previous !== undefined && previous !== targetArray) {
          ctx.addIssue({
            code: 'custom',
            path: ['fields', source],
            message: `“${sourceArray}”的各字段必须放进同一个目标列表`,
          });
        }
        arrayTargets.set(sourceArray, targetArray);
      }
      if (
        (SENSITIVE_PATHS as readonly string[]).includes(source) &&
        mapping.sensitive[source] === undefined
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['sensitive', source],
          message: `“${source}”是个人信息，必须在 sensitive 中写明处理方式（omit、mask 或 hash）`,
        });
      }
    }
    for (const [source, treatment] of Object.entries(mapping.sensitive)) {
      if (!(SENSITIVE_PATHS as readonly string[]).includes(source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sensitive', source],
          message: `“${source}”不是敏感字段，不需要处理方式`,
        });
      } else if (source === 'summary' && treatment === 'mask') {
        ctx.addIssue({
          code: 'custom',
          path: ['sensitive', source],
          message: '纠纷简要情况无法遮盖，只能不发送（omit）或发送哈希（hash）',
        });
      }
    }
  });

export type ExportMapping = z.output<typeof exportMappingSchema>;
