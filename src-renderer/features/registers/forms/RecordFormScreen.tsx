import { useEffect } from 'react';
import { useScreenTitle } from '../../../app/screen-title-store';
import { ScreenHeader } from '../../../shared/components/ScreenHeader';
import { BackIcon } from '../../../shared/components/icons';
import { useToday } from '../../../shared/use-today';
import { recordName } from '../detail/record-presentation';
import { detailHref, listHref } from '../model/register-routes';
import { capitalised, registers, type RegisterId } from '../model/registers';
import { useRegisterData } from '../state/register-data-store';
import { useRecordStore, type AnyRecord, type RecordOf } from '../state/record-store';
import {
  agreementValues,
  customerValues,
  newAgreement,
  newCustomer,
  newReview,
  newService,
  newSupplier,
  newTarget,
  reviewValues,
  serviceValues,
  supplierValues,
  targetValues,
} from './form-values';
import type { FormMode } from './RegisterForm';
import { AgreementForm } from './registers/AgreementForm';
import { CustomerForm } from './registers/CustomerForm';
import { ReviewForm } from './registers/ReviewForm';
import { ServiceForm } from './registers/ServiceForm';
import { SupplierForm } from './registers/SupplierForm';
import { TargetForm } from './registers/TargetForm';

type ScreenMode = { kind: 'new'; prefill: Readonly<Record<string, string>> } | { kind: 'edit'; id: string };

interface FormForProps {
  register: RegisterId;
  mode: FormMode;
  record: AnyRecord | null;
  prefill: Readonly<Record<string, string>>;
  cancelHref: string;
  today: string;
}

function FormFor({ register, mode, record, prefill, cancelHref, today }: FormForProps) {
  const props = { mode, cancelHref };
  switch (register) {
    case 'services':
      return (
        <ServiceForm
          {...props}
          defaults={record ? serviceValues(record as RecordOf['services']) : newService()}
        />
      );
    case 'customers':
      return (
        <CustomerForm
          {...props}
          defaults={record ? customerValues(record as RecordOf['customers']) : newCustomer()}
        />
      );
    case 'suppliers':
      return (
        <SupplierForm
          {...props}
          defaults={record ? supplierValues(record as RecordOf['suppliers']) : newSupplier()}
        />
      );
    case 'agreements':
      return (
        <AgreementForm
          {...props}
          defaults={record ? agreementValues(record as RecordOf['agreements']) : newAgreement(prefill)}
        />
      );
    case 'targets':
      return (
        <TargetForm
          {...props}
          defaults={record ? targetValues(record as RecordOf['targets']) : newTarget(prefill)}
        />
      );
    case 'reviews':
      return (
        <ReviewForm
          {...props}
          defaults={record ? reviewValues(record as RecordOf['reviews']) : newReview(prefill, today)}
        />
      );
  }
}

/** Adds a record, or edits one: the register's form on a page of its own. */
export function RecordFormScreen({ register, mode }: { register: RegisterId; mode: ScreenMode }) {
  const meta = registers[register];
  const editId = mode.kind === 'edit' ? mode.id : null;
  const entry = useRecordStore((state) => (editId ? state.entries[editId] : undefined));
  const epoch = useRegisterData((state) => state.epoch);
  const today = useToday();
  useEffect(() => {
    if (editId) useRecordStore.getState().load(register, editId);
  }, [register, editId, epoch]);

  const record = editId ? (entry?.record ?? null) : null;
  const name = record ? recordName(register, record) : null;
  useScreenTitle(editId ? `Edit ${record ? record.code : meta.singular}` : `New ${meta.singular}`);

  // A new target or review started from an agreement or supplier goes back there when cancelled.
  const prefill = mode.kind === 'new' ? mode.prefill : {};
  const origin = prefill.agreementId
    ? { href: detailHref('agreements', prefill.agreementId), label: 'Agreement' }
    : prefill.supplierId
      ? { href: detailHref('suppliers', prefill.supplierId), label: 'Supplier' }
      : null;
  const backHref = editId ? detailHref(register, editId) : (origin?.href ?? listHref(register));
  const title = editId ? (name ? `Edit ${name}` : `Edit ${meta.singular}`) : `New ${meta.singular}`;
  // The form starts from the record as fetched; it mounts once that is there (keyed so a later fetch does not reset edits).
  const ready =
    !editId || entry?.status === 'ready' || (entry?.record !== null && entry?.record !== undefined);

  return (
    <div className="form-screen">
      <a className="back-link" href={backHref}>
        <BackIcon />
        {editId && record ? `${record.code} ${name}` : (origin?.label ?? meta.title)}
      </a>
      <ScreenHeader
        title={title}
        description={
          editId
            ? `Changes are saved as one entry in the change log, under the consultant named in Settings.`
            : `${capitalised(meta.singular)} details; only the fields marked as optional may be left empty.`
        }
      />
      {editId && entry?.status === 'missing' && (
        <p className="notice">This {meta.singular} no longer exists.</p>
      )}
      {editId && entry?.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {entry.failure}
        </p>
      )}
      {ready && (
        <FormFor
          key={record ? record.id : 'new'}
          register={register}
          mode={editId ? { kind: 'edit', id: editId } : { kind: 'new' }}
          record={record}
          prefill={prefill}
          cancelHref={backHref}
          today={today}
        />
      )}
    </div>
  );
}
