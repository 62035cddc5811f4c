import { notifications } from '@mantine/notifications';
import { ApiError } from '../../api/apiClient.ts';

/** A red notification with the server's Chinese message; never a stack trace. */
export function showApiError(error: unknown, title = '操作没有完成'): void {
  const message = error instanceof ApiError ? error.message : '发生未知错误，请重试。';
  notifications.show({ color: 'red', title, message });
}
