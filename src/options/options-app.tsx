import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsError } from '../shared/settings';
import { t, tCount } from '../popup/i18n';
import { CallSettings } from './call-settings';
import type { OptionsConnector } from './connector';
import type { FieldErrors } from './form-controls';
import { GeneralSettings, type Edit } from './general-settings';
import { settingsErrorText } from './settings-error-text';
import { fieldId, fromDraft, toDraft, type SettingsDraft } from './settings-draft';
import { YourData } from './your-data';

function byField(errors: SettingsError[]): FieldErrors {
  const map = new Map<string, string[]>();
  for (const error of errors) map.set(error.field, [...(map.get(error.field) ?? []), settingsErrorText(error)]);
  return map;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export function OptionsApp(props: { connector: OptionsConnector; locale: string; browserTimeZone: string }) {
  const { connector, locale } = props;
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const summaryRef = useRef<HTMLDivElement>(null);
  const count = new Intl.NumberFormat(locale);

  const load = () =>
    connector.getSettings().then(
      (settings) => setDraft(toDraft(settings)),
      () => setLoadFailed(true),
    );
  useEffect(() => {
    void load();
  }, [connector]);

  if (loadFailed) {
    return (
      <main>
        <p role="alert">{t('optionsLoadFailed')}</p>
      </main>
    );
  }
  if (!draft) return <main aria-busy="true" />;

  const edit: Edit = (change) => {
    setDraft((current) => {
      if (!current) return current;
      const next = structuredClone(current);
      change(next);
      return next;
    });
    setSaveState('idle');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setSaveState('saving');
    try {
      const result = await connector.saveSettings(fromDraft(draft));
      if (result.ok) {
        setDraft(toDraft(result.settings));
        setErrors([]);
        setSaveState('saved');
      } else {
        setErrors(result.errors);
        setSaveState('invalid');
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
    } catch {
      setSaveState('failed');
    }
  };

  const fieldErrors = byField(errors);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(event) => void save(event)} noValidate>
        {errors.length > 0 && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} data-testid="error-summary">
            <p>{tCount('optionsErrorsTitle', errors.length, count.format(errors.length))}</p>
            <ul>
              {errors.map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  <a href={`#${fieldId(error.field)}`}>{settingsErrorText(error)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <GeneralSettings draft={draft} edit={edit} errors={fieldErrors} requestNotifications={connector.requestNotifications} />
        <CallSettings draft={draft} edit={edit} errors={fieldErrors} locale={locale} browserTimeZone={props.browserTimeZone} />
        <div class="save-bar">
          <button type="submit" class="primary" disabled={saveState === 'saving'}>
            {t('optionsSave')}
          </button>
          <p role="status" data-testid="save-status">
            {saveState === 'saved' ? t('optionsSaved') : saveState === 'failed' ? t('optionsSaveFailed') : ''}
          </p>
        </div>
      </form>
      <YourData connector={connector} formatCount={(n) => count.format(n)} onDeleted={() => void load()} />
    </main>
  );
}
