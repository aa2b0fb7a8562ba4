import { useId, useState } from 'react';
import { RecordPicker } from '../registers/forms/RecordPicker';
import { capitalised, registers, type RegisterId } from '../registers/model/registers';

const registerIds = Object.keys(registers) as RegisterId[];

interface RecordChooserProps {
  /** Called with the chosen record; the chooser then clears itself for the next one. */
  onChoose(register: RegisterId, id: string): void;
  disabled?: boolean;
  /** Distinguishes the controls' names when two choosers share a screen. */
  purpose: string;
}

/** A register and then one of its records, searched by code or name. */
export function RecordChooser({ onChoose, disabled = false, purpose }: RecordChooserProps) {
  const [register, setRegister] = useState<RegisterId>('services');
  const [picked, setPicked] = useState<string | null>(null);
  const registerId = useId();
  const pickerId = useId();
  return (
    <div className="link-chooser">
      <div className="link-chooser__field">
        <label className="field__label" htmlFor={registerId}>
          Register
        </label>
        <select
          id={registerId}
          className="input input--select"
          value={register}
          onChange={(event) => {
            setRegister(event.target.value as RegisterId);
            setPicked(null);
          }}
        >
          {registerIds.map((id) => (
            <option key={id} value={id}>
              {capitalised(registers[id].plural)}
            </option>
          ))}
        </select>
      </div>
      <div className="link-chooser__field link-chooser__field--grow">
        <label className="field__label" htmlFor={pickerId}>
          {capitalised(registers[register].singular)}
        </label>
        <RecordPicker
          key={register}
          id={pickerId}
          register={register}
          value={picked}
          onChange={setPicked}
          aria-describedby={undefined}
          aria-invalid={false}
        />
      </div>
      <button
        type="button"
        className="button"
        disabled={disabled || !picked}
        onClick={() => {
          if (!picked) return;
          onChoose(register, picked);
          setPicked(null);
        }}
      >
        {purpose}
      </button>
    </div>
  );
}
