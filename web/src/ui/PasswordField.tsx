/** A labelled, required password input: a new one (the browser may suggest one) or the current one. */
export function PasswordField({
  label,
  value,
  onChange,
  current = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** the user's present password, not a new one */
  current?: boolean;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        type="password"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
        autoComplete={current ? 'current-password' : 'new-password'}
      />
    </label>
  );
}
