/** The pieces of the entity form: a field's row with its refusal, ticks of codes or areas, a box of free words. */
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { type FieldError, type FormField, splitWords } from '../../models/entityForms';

interface RowProps {
  field: FormField;
  label: string;
  required: boolean;
  hint?: string;
  error?: FieldError;
  children: ReactNode;
}

/** One field: its label, the control, a hint, and the server's refusal right under it. */
export function FieldRow({ field, label, required: needed, hint, error, children }: RowProps) {
  const { t, l, aside } = useI18n();
  const errorId = `entity-${field}-error`;
  return (
    <div className={`field entity-form__field${error ? ' field--invalid' : ''}`} data-field={field}>
      <span className="field__label" id={`entity-${field}-label`}>
        {label}
        {needed && <span className="entity-form__required">{aside(t('edit.required'))}</span>}
      </span>
      <div
        role="group"
        aria-labelledby={`entity-${field}-label`}
        aria-describedby={error ? errorId : undefined}
        className="entity-form__control"
      >
        {children}
      </div>
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <p id={errorId} className="field__error" role="alert" title={error.detail}>
          {l(error.text)}
        </p>
      )}
    </div>
  );
}

interface ChecksProps {
  name: string;
  options: { code: string; label: string; depth: number }[];
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

/** A list of codes or areas to tick, each with its label. */
export function Checks({ name, options, chosen, onChange }: ChecksProps) {
  return (
    <div className="entity-form__checks" role="group" aria-label={name}>
      {options.map((option) => (
        <label key={option.code} className={`check entity-form__check--depth-${option.depth}`}>
          <input
            type="checkbox"
            checked={chosen.includes(option.code)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, option.code] : chosen.filter((code) => code !== option.code))
            }
          />
          {option.label}
        </label>
      ))}
    </div>
  );
}

/** Free words in one box; split when the box is left, so that typing 、 does not jump. */
export function WordsInput({ words, onChange }: { words: readonly string[]; onChange(words: string[]): void }) {
  const [text, setText] = useState(words.join('、'));
  return (
    <input
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(splitWords(event.target.value));
      }}
    />
  );
}
