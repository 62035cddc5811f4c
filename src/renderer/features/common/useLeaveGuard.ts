/**
 * Asks before leaving a form with unsaved changes: links inside the app (navigation, breadcrumbs,
 * search results) and the form's own 取消 go through a Mantine confirm dialog; closing or reloading
 * the window gets the browser's own question.
 */
import { modals } from '@mantine/modals';
import { useCallback, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

export function useLeaveGuard(dirty: boolean, message: string): (to: string) => void {
  const [, navigate] = useLocation();
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const ask = useCallback(
    (to: string) => {
      if (!dirtyRef.current) {
        navigate(to);
        return;
      }
      modals.openConfirmModal({
        title: '离开这一页？',
        children: message,
        labels: { confirm: '离开', cancel: '继续填写' },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          dirtyRef.current = false;
          navigate(to);
        },
      });
    },
    [message, navigate],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.defaultPrevented || event.button !== 0) return;
      const link = (event.target as Element | null)?.closest?.('a[href*="#/"]');
      if (!link || link.closest('[role="dialog"]')) return;
      event.preventDefault();
      event.stopPropagation();
      const href = link.getAttribute('href')!;
      ask(href.slice(href.indexOf('#') + 1));
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [ask]);

  return ask;
}
