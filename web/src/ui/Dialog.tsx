/** A modal dialog on the native <dialog>: focus stays inside, Escape closes, focus returns to where it was. */
import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  closeLabel: string;
}

export function Dialog({ title, open, onClose, children, closeLabel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(
    function openAsModal() {
      const dialog = ref.current;
      if (!dialog) return;
      if (open && !dialog.open) dialog.showModal();
      if (!open && dialog.open) dialog.close();
    },
    [open],
  );

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__head">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose} aria-label={closeLabel}>
          ✕
        </button>
      </div>
      {open && children}
    </dialog>
  );
}
