/** A labelled choice among a vocabulary's codes (a route, a reason, a status), each shown through `say`. */
import type { Localized } from '../models/vocabulary';

export function CodeSelect<Code extends string>({
  label,
  labels,
  value,
  onChange,
  say,
  testId,
}: {
  label: string;
  labels: Record<Code, Localized>;
  value: Code;
  onChange(code: Code): void;
  /** The label in the viewer's language (the i18n `l`). */
  say(text: Localized): string;
  testId?: string;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as Code)} data-testid={testId}>
        {(Object.entries(labels) as [Code, Localized][]).map(([code, text]) => (
          <option key={code} value={code}>
            {say(text)}
          </option>
        ))}
      </select>
    </label>
  );
}
