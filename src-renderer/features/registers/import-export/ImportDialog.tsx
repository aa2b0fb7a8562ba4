import { useId, useRef } from 'react';
import { Dialog } from '../../../shared/components/Dialog';
import { UploadIcon } from '../../../shared/components/icons';
import { fileRegisters, type FileRegister } from './file-registers';
import { ColumnMappingTable, describeCounts, ProblemList, RowPreviewTable } from './ImportTables';
import { useImport, type ImportPreview, type ImportState } from './use-import';

const ALL_OR_NOTHING = 'Nothing is imported while any row has a problem.';

const busyWords: Record<NonNullable<ImportState['busy']>, string> = {
  reading: 'Reading the file…',
  previewing: 'Reading the file…',
  checking: 'Checking every row…',
  importing: 'Importing…',
};

/** "CSV · UTF-8 · separated by semicolons · 52 rows" */
function describeSource(preview: ImportPreview): string {
  const { source } = preview;
  const rows = `${preview.rowCount.toLocaleString('en-GB')} ${preview.rowCount === 1 ? 'row' : 'rows'}`;
  if (!source) return rows;
  const delimiter =
    source.delimiter === ';'
      ? 'separated by semicolons'
      : source.delimiter === ','
        ? 'separated by commas'
        : source.delimiter === '\t'
          ? 'separated by tabs'
          : null;
  const parts =
    source.format === 'xlsx'
      ? ['Excel workbook', source.sheet ? `sheet “${source.sheet}”` : null]
      : ['CSV', source.encoding, delimiter];
  return [...parts.filter(Boolean), rows].join(' · ');
}

interface ChooseStepProps {
  registers: FileRegister[];
  register: FileRegister;
  disabled: boolean;
  onRegister(register: FileRegister): void;
  onPick(): void;
}

function ChooseStep({ registers, register, disabled, onRegister, onPick }: ChooseStepProps) {
  const hintId = useId();
  return (
    <>
      {registers.length > 1 && (
        <fieldset className="import-kind">
          <legend className="import-kind__legend">The file holds</legend>
          {registers.map((option) => (
            <label key={option} className="import-kind__option">
              <input
                type="radio"
                name="import-register"
                value={option}
                checked={option === register}
                disabled={disabled}
                onChange={() => onRegister(option)}
              />
              {fileRegisters[option].title}
            </label>
          ))}
        </fieldset>
      )}
      <div className="drop-zone">
        <UploadIcon />
        <p className="drop-zone__title">Drop a CSV or Excel file here</p>
        <p className="drop-zone__hint" id={hintId}>
          A .csv file (UTF-8, comma or semicolon separated) or an .xlsx workbook.
        </p>
        <button
          type="button"
          className="button"
          data-autofocus=""
          disabled={disabled}
          aria-describedby={hintId}
          onClick={onPick}
        >
          Choose a file…
        </button>
      </div>
      <p>
        {register === 'measurements'
          ? 'A row for a target and period that already has a measurement replaces its value; the others are added.'
          : `A row whose code is already among the ${fileRegisters[register].plural} updates that record; the others are added.`}{' '}
        Every row is checked before anything is written.
      </p>
    </>
  );
}

interface ImportDialogProps {
  /** The registers the file may be for; the first is chosen at first. */
  registers: FileRegister[];
  onDismiss(): void;
}

/**
 * Import a CSV or XLSX file into a register: choose or drop the file, check the column mapping
 * against a preview of its first rows and every problem, check with a dry run, import. All or nothing.
 */
export function ImportDialog({ registers, onDismiss }: ImportDialogProps) {
  const [first = 'services'] = registers;
  const flow = useImport(first);
  const { register, file, preview, check, result, busy, failure } = flow.state;
  const what = fileRegisters[register].plural;
  const statusId = useId();
  const input = useRef<HTMLInputElement>(null);
  const pickFile = () => input.current?.click();
  // One file input for both steps, hidden behind the "Choose" buttons.
  const fileInput = (
    <input
      ref={input}
      type="file"
      accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      aria-label="File to import"
      hidden
      onChange={(event) => {
        const file = event.target.files?.[0];
        // Cleared so that choosing the same file again still counts as a choice.
        event.target.value = '';
        if (file) void flow.chooseFile(file);
      }}
    />
  );

  // The step the dialog is on: a readable preview moves it on, a written import ends it.
  const mapping = preview !== null && preview.source !== null && file !== null;
  const step = result ? 'done' : mapping ? 'map' : 'choose';

  const problems =
    check && check.problemCount > 0 ? check : preview && preview.problemCount > 0 ? preview : null;
  const canImport =
    mapping &&
    busy === null &&
    problems === null &&
    preview.rowCount > 0 &&
    (check === null || check.problemCount === 0);

  if (result) {
    return (
      <Dialog
        title={`Imported into ${what}`}
        onDismiss={onDismiss}
        step={step}
        actions={
          <button type="button" className="button button--primary" onClick={onDismiss}>
            Close
          </button>
        }
      >
        <p className="import-outcome import-outcome--done" role="status">
          <strong>{file?.name}</strong> is imported: {describeCounts(result.counts, true)}.
        </p>
        {result.changes.length > 0 && (
          <ul className="import-changes">
            {result.changes.slice(0, 8).map((change) => (
              <li key={change.row}>
                <span className="import-changes__action">
                  {change.action === 'create' ? 'Added' : 'Updated'}
                </span>
                {change.label}
              </li>
            ))}
            {result.changes.length > 8 && (
              <li className="import-changes__more">and {result.changes.length - 8} more</li>
            )}
          </ul>
        )}
        <p>Every change is in the change log, with you as its author.</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Import ${what}`}
      size="wide"
      step={step}
      onDismiss={onDismiss}
      dismissable={busy !== 'importing'}
      onFileDrop={busy === 'importing' ? undefined : (dropped) => void flow.chooseFile(dropped)}
      actions={
        <>
          <p className="dialog__actions-note">{ALL_OR_NOTHING}</p>
          <button type="button" className="button" onClick={onDismiss} disabled={busy === 'importing'}>
            Cancel
          </button>
          {step === 'map' && preview && (
            <>
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                aria-describedby={statusId}
                onClick={() => flow.check()}
              >
                Check
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={!canImport}
                aria-describedby={statusId}
                onClick={() => flow.import()}
              >
                {busy === 'importing'
                  ? 'Importing…'
                  : `Import ${preview.rowCount.toLocaleString('en-GB')} ${preview.rowCount === 1 ? 'row' : 'rows'}`}
              </button>
            </>
          )}
        </>
      }
    >
      {step === 'choose' || !preview ? (
        <ChooseStep
          registers={registers}
          register={register}
          disabled={busy !== null}
          onRegister={(chosen) => flow.chooseRegister(chosen)}
          onPick={pickFile}
        />
      ) : (
        <>
          <div className="import-file">
            <p className="import-file__name" tabIndex={-1} data-autofocus="">
              <strong>{file?.name}</strong>
              <span className="import-file__facts">{describeSource(preview)}</span>
            </p>
            <button type="button" className="link-button" disabled={busy === 'importing'} onClick={pickFile}>
              Choose another file…
            </button>
          </div>
          {preview.source && preview.source.sheets.length > 1 && (
            <label className="import-sheet">
              <span className="import-section__title">Sheet</span>
              <select
                className="input input--select"
                value={preview.source.sheet ?? ''}
                disabled={busy !== null}
                onChange={(event) => flow.chooseSheet(event.target.value)}
              >
                {preview.source.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            </label>
          )}
          {problems && (
            <section className="import-section" aria-labelledby={`${statusId}-problems`}>
              <h3 className="import-section__title import-section__title--danger" id={`${statusId}-problems`}>
                {problems.problemCount === 1
                  ? '1 problem'
                  : `${problems.problemCount.toLocaleString('en-GB')} problems`}
              </h3>
              <ProblemList report={problems} />
            </section>
          )}
          <section className="import-section" aria-labelledby={`${statusId}-columns`}>
            <h3 className="import-section__title" id={`${statusId}-columns`}>
              Columns
            </h3>
            <ColumnMappingTable
              preview={preview}
              disabled={busy === 'importing'}
              onMap={(index, key) => flow.mapColumn(index, key)}
            />
            {preview.notes.length > 0 && (
              <ul className="import-notes">
                {preview.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            )}
          </section>
          <section className="import-section" aria-labelledby={`${statusId}-rows`}>
            <h3 className="import-section__title" id={`${statusId}-rows`}>
              {preview.rowCount > preview.rows.length
                ? `First ${preview.rows.length} of ${preview.rowCount.toLocaleString('en-GB')} rows`
                : preview.rowCount === 1
                  ? 'The row'
                  : `All ${preview.rowCount} rows`}
            </h3>
            {preview.rows.length > 0 ? (
              <RowPreviewTable preview={preview} />
            ) : (
              <p className="card__empty">The file has no rows below its header.</p>
            )}
          </section>
        </>
      )}
      {fileInput}
      <div className="import-status" id={statusId} role="status" aria-live="polite">
        {busy !== null ? (
          <p className="import-outcome">{busyWords[busy]}</p>
        ) : failure ? (
          <p className="import-outcome import-outcome--failed">{failure}</p>
        ) : step === 'choose' && preview && preview.problemCount > 0 ? (
          <p className="import-outcome import-outcome--failed">
            {file?.name} could not be read: {preview.problems.map((problem) => problem.message).join(' ')}
          </p>
        ) : problems ? (
          <p className="import-outcome import-outcome--failed">
            {check ? 'The check found ' : ''}
            {problems.problemCount === 1
              ? '1 problem'
              : `${problems.problemCount.toLocaleString('en-GB')} problems`}
            {check ? '' : ' found'}. Fix the file or the column mapping, then check again.
          </p>
        ) : check ? (
          <p className="import-outcome import-outcome--ready">
            Checked every row: {describeCounts(check.counts, false)}. Nothing is written until you import.
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
