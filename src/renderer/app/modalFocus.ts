/**
 * Focus around dialogs (used by CaseDialog, the frame of every case step):
 * - on open, the first field of the dialog (not the ✕ in its header), unless an element is marked
 *   `data-autofocus`;
 * - on close, when the button that opened it is gone (the step is done: 受理 disappears once the case
 *   is accepted), the page's next likely action (`data-next-action`), else its first toolbar button,
 *   else its h1 — never the top of the page.
 */
const FIELD = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

function openDialog(): HTMLElement | null {
  const dialogs = document.querySelectorAll<HTMLElement>('[role="dialog"]');
  return dialogs.length > 0 ? dialogs[dialogs.length - 1]! : null;
}

export function focusFirstFieldInDialog(): () => void {
  // After Mantine's own focus trap, which puts the cursor on the first tabbable element (the ✕).
  const timer = setTimeout(() => {
    const dialog = openDialog();
    if (!dialog) return;
    const marked = dialog.querySelector<HTMLElement>('[data-autofocus]');
    const target =
      marked ?? dialog.querySelector<HTMLElement>(`form ${FIELD}`) ?? dialog.querySelector(FIELD);
    target?.focus();
  }, 30);
  return () => clearTimeout(timer);
}

export function focusNextActionIfLost(): void {
  // Mantine puts focus back on the opener first; only step in when that had nowhere to go.
  const active = document.activeElement;
  if (active && active !== document.body && document.contains(active)) return;
  if (openDialog()) return;
  const target =
    document.querySelector<HTMLElement>('[data-next-action]') ??
    document.querySelector<HTMLElement>('[role="toolbar"] button:not([aria-disabled="true"])') ??
    document.querySelector<HTMLElement>('main h1');
  if (target?.tagName === 'H1') target.tabIndex = -1;
  target?.focus();
}
