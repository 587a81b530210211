// After a refused submit, keyboard and screen-reader users land on the first field to fix.
export function focusFirstInvalid(): void {
  window.requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
