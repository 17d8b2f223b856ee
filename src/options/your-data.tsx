// "Export my data" and "Delete everything": the user sees, takes and erases all that is stored.
import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '../popup/i18n';
import type { OptionsConnector } from './connector';
import { downloadExport, recordCount } from './export-file';
import { Section } from './form-controls';

type DeleteStep = 'idle' | 'confirming' | 'deleting' | { left: number } | 'failed';

export function YourData(props: { connector: OptionsConnector; formatCount: (n: number) => string; onDeleted: () => void }) {
  const { connector, formatCount } = props;
  const [exportNote, setExportNote] = useState('');
  const [step, setStep] = useState<DeleteStep>('idle');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  const cancel = () => {
    setStep('idle');
    requestAnimationFrame(() => deleteRef.current?.focus());
  };

  const exportAll = async () => {
    try {
      const data = await connector.exportData();
      const name = downloadExport(data);
      const events = data.events.length;
      setExportNote(tCount('optionsExported', events, formatCount(events), [name]));
    } catch {
      setExportNote(t('optionsExportFailed'));
    }
  };

  const deleteAll = async () => {
    setStep('deleting');
    try {
      await connector.deleteAll();
      // Read the store back rather than trust the answer: the user is told what is really left.
      setStep({ left: recordCount(await connector.exportData()) });
      props.onDeleted();
    } catch {
      setStep('failed');
    }
  };

  return (
    <Section id="data" title={t('optionsDataTitle')}>
      <p>{t('optionsDataWhat')}</p>
      <p>
        <button type="button" onClick={() => void exportAll()}>
          {t('optionsExport')}
        </button>
      </p>
      <p role="status" class="note" data-testid="export-note">
        {exportNote}
      </p>
      {step === 'confirming' ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="confirm-delete-text"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <p id="confirm-delete-text">{t('optionsDeleteConfirmText')}</p>
          <button type="button" class="danger" onClick={() => void deleteAll()}>
            {t('optionsDeleteConfirm')}
          </button>{' '}
          <button type="button" ref={cancelRef} onClick={cancel}>
            {t('optionsCancel')}
          </button>
        </div>
      ) : (
        <p>
          <button
            type="button"
            class="danger"
            ref={deleteRef}
            disabled={step === 'deleting'}
            onClick={() => {
              setStep('confirming');
              // Focus lands on Cancel: pressing Enter by habit must not erase a year of data.
              requestAnimationFrame(() => cancelRef.current?.focus());
            }}
          >
            {t('optionsDelete')}
          </button>
        </p>
      )}
      <p role="status" class="note" data-testid="delete-note">
        {typeof step === 'object'
          ? step.left === 0
            ? t('optionsDeletedEmpty')
            : tCount('optionsDeletedLeft', step.left, formatCount(step.left))
          : step === 'failed'
            ? t('optionsDeleteFailed')
            : ''}
      </p>
    </Section>
  );
}
