/**
 * After a refused save: brings the first field marked invalid (in the order the form shows them) into
 * view and puts the cursor in it, so the clerk sees what "请检查标红的项目" means.
 */
export function focusFirstInvalid(container: ParentNode | null = document): boolean {
  const first = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return false;
  first.scrollIntoView({ block: 'center' });
  first.focus({ preventScroll: true });
  return true;
}

/** Waits for React to draw the errors, then focuses the first invalid field. */
export function focusFirstInvalidSoon(container?: ParentNode | null): void {
  requestAnimationFrame(() => requestAnimationFrame(() => focusFirstInvalid(container ?? document)));
}
