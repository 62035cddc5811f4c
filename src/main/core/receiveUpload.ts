import type { UploadReceipt } from '../../shared/api/bridge.ts';
import type { ApiResult } from '../../shared/api/result.ts';
import { roleHasPermission } from '../../shared/api/roles.ts';
import { AppError } from '../../shared/errors.ts';
import type { CallContext } from '../api/router.ts';
import type { UploadStore } from '../files/uploadStore.ts';
import { hashToken, type SessionLookup } from '../services/authService.ts';

/**
 * The upload gate both transports use: a live session whose role may add attachments, checked
 * before a single byte is read; then the bytes stream into the upload store. The id it returns
 * belongs to that session only.
 */
export async function receiveUpload(
  uploads: UploadStore,
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  context: CallContext,
  resolveSession: (token: string) => Promise<SessionLookup | AppError>,
): Promise<ApiResult<UploadReceipt>> {
  try {
    const token = context.sessionToken;
    const lookup: SessionLookup | AppError = token ? await resolveSession(token) : { state: 'none' };
    if (lookup instanceof AppError) throw lookup;
    if (lookup.state !== 'active' || !token) {
      throw new AppError('UNAUTHENTICATED', '请先登录。', {
        reason: lookup.state === 'expired' ? 'expired' : 'no-session',
      });
    }
    if (lookup.user.mustChangePassword) {
      throw new AppError('PERMISSION_DENIED', '请先修改初始密码，再继续使用。', {
        reason: 'must-change-password',
      });
    }
    if (!roleHasPermission(lookup.user.role, 'case.write')) {
      throw new AppError('PERMISSION_DENIED', '您的角色不能添加附件，所以也不能上传文件。');
    }
    let receipt: UploadReceipt;
    try {
      receipt = await uploads.receive(source, hashToken(token));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('BAD_REQUEST', '文件上传中断，没有保存。请重新选择文件。');
    }
    return { ok: true, value: receipt };
  } catch (error) {
    const appError =
      error instanceof AppError
        ? error
        : new AppError('INTERNAL', '程序内部出错，文件没有保存。请联系技术支持。');
    return { ok: false, error: appError.toBody() };
  }
}
