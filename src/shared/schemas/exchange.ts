import { z } from './zodLocale.ts';
import { plainText } from './common.ts';
import { PEER_KINDS } from '../types/exchange.ts';

export const registerPeerInput = z.object({
  peerId: plainText('站点标识', 100).min(1, '请填写站点标识'),
  name: plainText('名称', 100).min(1, '请填写名称'),
  kind: z.enum(PEER_KINDS, { error: '请选择对方是下级站点还是上级中心' }),
  publicKey: z
    .string()
    .trim()
    .refine((v) => v.startsWith('-----BEGIN PUBLIC KEY-----') && v.endsWith('-----END PUBLIC KEY-----'), {
      message: '公钥应以 -----BEGIN PUBLIC KEY----- 开头、-----END PUBLIC KEY----- 结尾',
    }),
});

export const exportPackageInput = z.object({
  peerId: z.string().min(1, '请选择接收方'),
  /** Everything for this peer, not just what changed since the last package. */
  full: z.boolean().default(false),
});

export const importPackageInput = z.object({ base64: z.string().min(1, '请选择交换包文件') });

export const conflictListInput = z.object({ openOnly: z.boolean().default(true) });

export const resolveConflictInput = z.object({
  id: z.string().min(1),
  resolution: z.enum(['keep_local', 'take_incoming'], { error: '请选择保留哪一方' }),
});
