import { useEffect, useState } from 'react';
import { useScreenTitle } from '../../../app/screen-title-store';
import { SCREEN_HEADING_ID } from '../../../shared/components/ScreenHeader';
import { StatusChips } from '../../../shared/components/StatusChip';
import { BackIcon, EditIcon, TrashIcon } from '../../../shared/components/icons';
import { formatTimestamp } from '../../../shared/format/timestamp';
import { useToday } from '../../../shared/use-today';
import { editHref, listHref } from '../model/register-routes';
import { capitalised, registers, type RegisterId } from '../model/registers';
import { useRegisterData } from '../state/register-data-store';
import { useRecordStore, type AnyRecord, type RecordOf } from '../state/record-store';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import { HistoryPanel } from './HistoryPanel';
import { recordChips, recordName, relatedActions } from './record-presentation';
import { RelatedPanel } from './RelatedPanel';
import { AgreementDetails } from './sections/AgreementDetails';
import { CustomerDetails } from './sections/CustomerDetails';
import { ReviewDetails } from './sections/ReviewDetails';
import { ServiceDetails } from './sections/ServiceDetails';
import { SupplierDetails } from './sections/SupplierDetails';
import { TargetDetails } from './sections/TargetDetails';

function Details({ register, record, today }: { register: RegisterId; record: AnyRecord; today: string }) {
  switch (register) {
    case 'services':
      return <ServiceDetails record={record as RecordOf['services']} />;
    case 'customers':
      return <CustomerDetails record={record as RecordOf['customers']} />;
    case 'suppliers':
      return <SupplierDetails record={record as RecordOf['suppliers']} />;
    case 'agreements':
      return <AgreementDetails record={record as RecordOf['agreements']} />;
    case 'targets':
      return <TargetDetails record={record as RecordOf['targets']} />;
    case 'reviews':
      return <ReviewDetails record={record as RecordOf['reviews']} today={today} />;
  }
}

/** One record: every field, the records related to it both ways, and its history. */
export function RecordDetailScreen({ register, id }: { register: RegisterId; id: string }) {
  const meta = registers[register];
  const entry = useRecordStore((state) => state.entries[id]);
  const epoch = useRegisterData((state) => state.epoch);
  const today = useToday();
  const [deleting, setDeleting] = useState(false);
  useEffect(() => useRecordStore.getState().load(register, id), [register, id, epoch]);

  const record = entry?.record ?? null;
  const name = record ? recordName(register, record) : null;
  useScreenTitle(record && name ? `${record.code} ${name}` : capitalised(meta.singular));

  const heading =
    entry?.status === 'missing'
      ? `This ${meta.singular} no longer exists`
      : entry?.status === 'failed'
        ? `The ${meta.singular} could not be read`
        : (name ?? `Loading ${meta.singular}…`);
  const lastChange = entry?.history.at(-1);

  return (
    <div className="detail-screen">
      <a className="back-link" href={listHref(register)}>
        <BackIcon />
        {meta.title}
      </a>
      <div className="screen-header record-header">
        <div className="screen-header__text">
          {record && (
            <p className="record-header__eyebrow">
              {capitalised(meta.singular)} <span className="record-header__code">{record.code}</span>
            </p>
          )}
          <h1 id={SCREEN_HEADING_ID} className="screen-header__title" tabIndex={-1}>
            {heading}
          </h1>
          {record && (
            <div className="record-header__meta">
              <StatusChips chips={recordChips(register, record, today)} />
              <span className="record-header__dates">
                Added {formatTimestamp(record.createdAt)}
                {record.updatedAt !== record.createdAt && <> · changed {formatTimestamp(record.updatedAt)}</>}
                {lastChange && <> by {lastChange.actor}</>}
              </span>
            </div>
          )}
        </div>
        {record && (
          <div className="screen-header__aside record-header__actions">
            <a className="button" href={editHref(register, id)}>
              <EditIcon />
              Edit<span className="visually-hidden"> {name}</span>
            </a>
            <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(true)}>
              <TrashIcon />
              Delete<span className="visually-hidden"> {name}</span>
            </button>
          </div>
        )}
      </div>

      {entry?.status === 'missing' && (
        <p className="notice">
          It may have been deleted. <a href={listHref(register)}>Back to the {meta.plural}</a>
        </p>
      )}
      {entry?.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {entry.failure}
        </p>
      )}

      {record && (
        <div className="detail-layout">
          <div className="detail-layout__main">
            <Details register={register} record={record} today={today} />
          </div>
          <div className="detail-layout__aside">
            <RelatedPanel groups={entry?.related ?? []} actions={relatedActions(register, id)} />
            <HistoryPanel register={register} entries={entry?.history ?? []} />
          </div>
        </div>
      )}

      {deleting && record && name && (
        <DeleteRecordDialog
          register={register}
          record={{ id, code: record.code, name }}
          onDismiss={() => setDeleting(false)}
        />
      )}
    </div>
  );
}
