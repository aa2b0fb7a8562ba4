import { useId, useState } from 'react';
import type { Assessment } from '../../../src-main/api/schemas/assessment';
import type { RecordRegisterName } from '../../../src-main/api/schemas/registers/record-api';
import { TrashIcon } from '../../shared/components/icons';
import { RecordPicker } from '../registers/forms/RecordPicker';
import { detailHref } from '../registers/model/register-routes';
import { registerIds, registers } from '../registers/model/registers';
import { useChecklistStore } from './checklist-store';

interface CitedRecordsProps {
  itemId: string;
  assessment: Assessment;
  /** The registers the library names for this item, offered first. */
  relatedRegisters: readonly RecordRegisterName[];
}

/** Register records cited as evidence for the item: a list with remove, and a picker to add one. */
export function CitedRecords({ itemId, assessment, relatedRegisters }: CitedRecordsProps) {
  const registerSelectId = useId();
  const pickerId = useId();
  const [register, setRegister] = useState<RecordRegisterName>(relatedRegisters[0] ?? 'services');
  const [problem, setProblem] = useState<string | null>(null);
  const cited = assessment.citedRecords;
  const ordered = [...relatedRegisters, ...registerIds.filter((id) => !relatedRegisters.includes(id))];

  const run = (action: Promise<void>) => {
    setProblem(null);
    action.catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };

  return (
    <div className="cited">
      {cited.length === 0 ? (
        <p className="card__empty">No register record is cited yet.</p>
      ) : (
        <ul className="cited__list" aria-label="Cited records">
          {cited.map((record) => (
            <li key={`${record.register}:${record.id}`} className="cited__row">
              <span className="cited__register">{registers[record.register].singular}</span>
              <a className="cited__link" href={detailHref(record.register, record.id)}>
                <span className="cited__code">{record.code}</span> {record.name}
              </a>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${record.code} ${record.name}`}
                onClick={() => run(useChecklistStore.getState().uncite(itemId, record.register, record.id))}
              >
                <TrashIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="cited__add">
        <label className="visually-hidden" htmlFor={registerSelectId}>
          Register to cite from
        </label>
        <select
          id={registerSelectId}
          className="input input--select cited__register-select"
          value={register}
          onChange={(event) => setRegister(event.target.value as RecordRegisterName)}
        >
          {ordered.map((id) => (
            <option key={id} value={id}>
              {registers[id].title}
            </option>
          ))}
        </select>
        <div className="cited__picker">
          <RecordPicker
            key={register}
            id={pickerId}
            register={register}
            value={null}
            exclude={cited.filter((record) => record.register === register).map((record) => record.id)}
            aria-label={`Cite a record from ${registers[register].plural}`}
            aria-describedby={undefined}
            aria-invalid={false}
            onChange={(id) => {
              if (id) run(useChecklistStore.getState().cite(itemId, register, id));
            }}
          />
        </div>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
