import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useFileDrop } from '../use-file-drop';

interface DialogProps {
  title: string;
  /** Called when the user dismisses the dialog (Escape, Cancel); the parent then unmounts it. */
  onDismiss(): void;
  /** Whether Escape may dismiss it now (not while a request it started is on its way). */
  dismissable?: boolean;
  tone?: 'default' | 'danger';
  children: ReactNode;
  actions: ReactNode;
  /** Changes when the dialog moves to another step: focus then goes to that step's first control again. */
  step?: string;
  /** `wide` for a dialog holding tables; its body scrolls while the title and actions stay. */
  size?: 'default' | 'wide';
  /** Makes the whole dialog a drop target for one file. */
  onFileDrop?(file: File): void;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** The control marked `data-autofocus`, or else the first action. */
function focusFirst(dialog: HTMLDialogElement | null): void {
  dialog
    ?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled), .dialog__actions button:not(:disabled)')
    ?.focus();
}

/**
 * A modal dialog on the native `<dialog>` element: showModal makes the rest of the page inert, so
 * focus stays inside until it closes; on close focus returns to where it was before. Mount it to
 * open it, unmount it to close it. Mark the control that should take focus first with `data-autofocus`.
 */
export function Dialog({
  title,
  onDismiss,
  dismissable = true,
  tone = 'default',
  children,
  actions,
  step = '',
  size = 'default',
  onFileDrop,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { dropping, dropHandlers } = useFileDrop((files) => {
    if (files[0]) onFileDrop?.(files[0]);
  }, onFileDrop !== undefined);
  const titleId = useId();
  const bodyId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    focusFirst(dialog);
    return () => {
      if (dialog?.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    focusFirst(ref.current);
  }, [step]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${tone} dialog--${size}${dropping ? ' dialog--dropping' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      {...dropHandlers}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissable) onDismiss();
      }}
      onKeyDown={(event) => {
        // A modal dialog makes the page inert, but Tab would still leave for the browser's own controls.
        if (event.key !== 'Tab') return;
        const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
          (element) => element.offsetParent !== null,
        );
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="dialog__body" id={bodyId}>
        {children}
      </div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
