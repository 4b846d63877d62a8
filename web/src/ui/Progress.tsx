/** An indeterminate progress bar with a sentence, announced to screen readers. */
export function Progress({ label, inline = false }: { label: string; inline?: boolean }) {
  return (
    <div className={inline ? 'progress progress--inline' : 'progress'} role="status" aria-live="polite">
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" />
      </div>
      <span className="progress__label">{label}</span>
    </div>
  );
}
