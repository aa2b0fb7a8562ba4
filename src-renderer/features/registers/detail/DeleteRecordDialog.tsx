import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import { navigateToHref } from '../../../app/router/hash-route';
import { Dialog } from '../../../shared/components/Dialog';
import { detailHref, listHref } from '../model/register-routes';
import { capitalised, isRegisterId, registers, type RegisterId } from '../model/registers';
import { useFlashStore, useRegisterData } from '../state/register-data-store';
import { describe } from './RelatedPanel';

/** A record that names the one being deleted, as the core reports it with a REFERENCED refusal. */
interface Referrer {
  register: string;
  id: string;
  code: string;
  name: string;
  optional: boolean;
}

function referrersOf(error: ApiError): Referrer[] {
  const list = (error.details as { referrers?: unknown } | undefined)?.referrers;
  return Array.isArray(list) ? (list as Referrer[]) : [];
}

type Step =
  | { kind: 'confirm' }
  | { kind: 'working'; detach: boolean }
  | { kind: 'referenced'; referrers: Referrer[] }
  | { kind: 'failed'; message: string };

interface DeleteRecordDialogProps {
  register: RegisterId;
  record: { id: string; code: string; name: string };
  onDismiss(): void;
}

function ReferrerList({ referrers }: { referrers: Referrer[] }) {
  return (
    <ul className="referrers">
      {referrers.map((referrer) => {
        const register = isRegisterId(referrer.register) ? referrer.register : null;
        return (
          <li key={`${referrer.register}-${referrer.id}`} className="referrers__item">
            <span className="referrers__register">
              {register ? capitalised(registers[register].singular) : referrer.register}
            </span>
            {register ? (
              <a href={detailHref(register, referrer.id)}>
                {referrer.code} · {describe(referrer.name).text}
              </a>
            ) : (
              <span>
                {referrer.code} · {describe(referrer.name).text}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Asks before deleting. When other records still name this one, the core refuses and lists them:
 * they are shown as links, and when every reference is optional the user may have them removed
 * and delete in one go; otherwise the dialog says what must change first.
 */
export function DeleteRecordDialog({ register, record, onDismiss }: DeleteRecordDialogProps) {
  const [step, setStep] = useState<Step>({ kind: 'confirm' });
  const meta = registers[register];
  const what = `${meta.singular} ${record.code}`;

  const remove = async (detach: boolean) => {
    setStep({ kind: 'working', detach });
    try {
      const outcome = await api.call(`${register}.delete`, { id: record.id, detachReferences: detach });
      const detached = outcome.detached.length;
      useRegisterData.getState().changed();
      useFlashStore
        .getState()
        .show(
          `${capitalised(what)} deleted${detached > 0 ? `; removed from ${detached} record${detached === 1 ? '' : 's'} that named it` : ''}.`,
          listHref(register),
        );
      navigateToHref(listHref(register));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'REFERENCED') {
        setStep({ kind: 'referenced', referrers: referrersOf(error) });
      } else {
        setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
  };

  const working = step.kind === 'working';
  const cancel = (
    <button type="button" className="button" onClick={onDismiss} disabled={working} data-autofocus="">
      Cancel
    </button>
  );

  if (step.kind === 'referenced') {
    const required = step.referrers.filter((referrer) => !referrer.optional);
    const optional = step.referrers.filter((referrer) => referrer.optional);
    return (
      <Dialog
        title={`${capitalised(what)} is still in use`}
        onDismiss={onDismiss}
        step="referenced"
        tone="danger"
        actions={
          required.length === 0 ? (
            <>
              {cancel}
              <button type="button" className="button button--danger" onClick={() => void remove(true)}>
                Remove the references and delete
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={onDismiss} data-autofocus="">
              Close
            </button>
          )
        }
      >
        {required.length > 0 && (
          <>
            <p>
              {required.length === 1 ? 'This record names' : 'These records name'} {record.code} and cannot do
              without it. Change {required.length === 1 ? 'it' : 'them'} to name another {meta.singular}, or
              delete {required.length === 1 ? 'it' : 'them'}, then delete {record.code}.
            </p>
            <ReferrerList referrers={required} />
          </>
        )}
        {optional.length > 0 && (
          <>
            <p>
              {required.length > 0
                ? 'These records also mention it'
                : `${optional.length === 1 ? 'This record mentions' : 'These records mention'} ${record.code}`}
              {required.length === 0
                ? '. Clausebook can remove the reference from each (every change is logged) and then delete it.'
                : '; their references can be removed when it is deleted.'}
            </p>
            <ReferrerList referrers={optional} />
          </>
        )}
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Delete ${what}?`}
      onDismiss={onDismiss}
      dismissable={!working}
      tone="danger"
      actions={
        <>
          {cancel}
          <button
            type="button"
            className="button button--danger"
            onClick={() => void remove(false)}
            disabled={working}
          >
            {working ? 'Deleting…' : `Delete ${meta.singular}`}
          </button>
        </>
      }
    >
      <p>
        <strong>{record.name}</strong> will be removed from the {meta.plural}. The change log keeps a copy of
        it as it was.
      </p>
      {step.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {step.message}
        </p>
      )}
    </Dialog>
  );
}
