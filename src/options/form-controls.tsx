// Labelled controls that show the background's validation message right under the field it concerns,
// wired with aria-invalid and aria-describedby so a screen reader hears the message with the field.
import type { ComponentChildren } from 'preact';
import { fieldId } from './settings-draft';

/** Validation messages by settings path, as the background reported them. */
export type FieldErrors = ReadonlyMap<string, string[]>;

export function FieldError({ path, errors }: { path: string; errors: FieldErrors }) {
  const messages = errors.get(path);
  if (!messages || messages.length === 0) return null;
  return (
    <p id={`${fieldId(path)}-error`} class="field-error">
      {messages.join(' ')}
    </p>
  );
}

function describedBy(path: string, hint: string | undefined, errors: FieldErrors): string | undefined {
  const ids = [hint ? `${fieldId(path)}-hint` : '', errors.has(path) ? `${fieldId(path)}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  errors: FieldErrors;
  hint?: string;
  /** Numbers are typed into text fields, so that "ten" reaches validation as typed instead of as "". */
  type?: 'text' | 'url' | 'tel';
  inputMode?: 'numeric' | 'text';
  placeholder?: string;
  list?: string;
  multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { path, errors, hint } = props;
  const common = {
    id: fieldId(path),
    value: props.value,
    'aria-invalid': errors.has(path) ? ('true' as const) : undefined,
    'aria-describedby': describedBy(path, hint, errors),
    onInput: (event: Event) => props.onValue((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={fieldId(path)}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          list={props.list}
        />
      )}
      {hint && (
        <p id={`${fieldId(path)}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError path={path} errors={errors} />
    </div>
  );
}

export function Checkbox(props: { path: string; label: string; checked: boolean; onChecked: (checked: boolean) => void; errors: FieldErrors }) {
  return (
    <div class="check">
      <input
        id={fieldId(props.path)}
        type="checkbox"
        checked={props.checked}
        aria-invalid={props.errors.has(props.path) ? 'true' : undefined}
        aria-describedby={describedBy(props.path, undefined, props.errors)}
        onChange={(event) => props.onChecked(event.currentTarget.checked)}
      />
      <label for={fieldId(props.path)}>{props.label}</label>
      <FieldError path={props.path} errors={props.errors} />
    </div>
  );
}

export function ChoiceGroup<T extends string | number>(props: {
  path: string;
  legend: string;
  choices: readonly { value: T; label: string; hint?: string }[];
  value: T;
  onValue: (value: T) => void;
  errors: FieldErrors;
}) {
  return (
    <fieldset id={fieldId(props.path)} tabIndex={-1} aria-describedby={describedBy(props.path, undefined, props.errors)}>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => {
        const id = `${fieldId(props.path)}-${choice.value}`;
        return (
          <div class="check" key={String(choice.value)}>
            <input id={id} type="radio" name={props.path} checked={props.value === choice.value} onChange={() => props.onValue(choice.value)} />
            <label for={id}>
              {choice.label}
              {choice.hint && <span class="hint"> — {choice.hint}</span>}
            </label>
          </div>
        );
      })}
      <FieldError path={props.path} errors={props.errors} />
    </fieldset>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
