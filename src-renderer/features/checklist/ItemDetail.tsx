import { useEffect, useId, useRef, useState } from 'react';
import { useFileDrop } from '../../shared/use-file-drop';
import type { Assessment, AssessmentStatus } from '../../../src-main/api/schemas/assessment';
import type { ReadinessFinding } from '../../../src-main/api/schemas/readiness';
import { ApiError } from '../../api/api-error';
import { Card } from '../../shared/components/Card';
import { StatusChip } from '../../shared/components/StatusChip';
import { UploadIcon } from '../../shared/components/icons';
import { RecordPicker } from '../registers/forms/RecordPicker';
import { detailHref } from '../registers/model/register-routes';
import { isRegisterId, registers } from '../registers/model/registers';
import { AssessmentNotesForm } from './AssessmentNotesForm';
import { CitedRecords } from './CitedRecords';
import { ItemEvidence } from './ItemEvidence';
import { statusMeta, statusMetas, type LocatedItem } from './checklist-model';
import { useChecklistStore } from './checklist-store';
import { typesText } from './typing';
import { StatusControl } from './StatusControl';
import { useEvidenceUpload } from './use-evidence-upload';

interface ItemDetailProps {
  located: LocatedItem;
  assessment: Assessment;
  owners: readonly string[];
  /** Readiness findings of this item's clause; those of the item itself come first. */
  findings: readonly ReadinessFinding[] | null;
}

const severityTone = { major: 'danger', minor: 'warning', observation: 'neutral' } as const;
const severityLabel = { major: 'Major', minor: 'Minor', observation: 'Observation' } as const;

/** The selected requirement item: what it asks, how it stands, and what supports it. */
export function ItemDetail({ located, assessment, owners, findings }: ItemDetailProps) {
  const { item, path } = located;
  const itemId = item.id;
  const agreementPickerId = useId();
  const agreementRef = useRef<HTMLInputElement>(null);
  // "Operated by another party" chosen, waiting for the agreement before it can be saved.
  const [pendingOperated, setPendingOperated] = useState(false);
  const [statusProblem, setStatusProblem] = useState<string | null>(null);
  // Shown at once while it is saved; the saved assessment takes over when the answer comes.
  const [chosen, setChosen] = useState<AssessmentStatus | null>(null);
  const shownStatus: AssessmentStatus = pendingOperated
    ? 'operated_by_other_party'
    : (chosen ?? assessment.status);
  const upload = useEvidenceUpload(itemId);
  // Files dropped anywhere on the item are added to the library and linked to it.
  const { dropping, dropHandlers } = useFileDrop((files) => upload.add(files), !upload.adding);

  const save = (status: AssessmentStatus, agreementId?: string) => {
    setStatusProblem(null);
    setChosen(status);
    useChecklistStore
      .getState()
      .update(itemId, agreementId ? { status, operatedByAgreementId: agreementId } : { status })
      .then(
        () => setPendingOperated(false),
        (error: unknown) =>
          setStatusProblem(
            error instanceof ApiError
              ? (error.issues[0]?.message ?? error.message)
              : error instanceof Error
                ? error.message
                : String(error),
          ),
      )
      .finally(() => {
        setChosen(null);
      });
  };

  const choose = (status: AssessmentStatus) => {
    if (status === 'operated_by_other_party') {
      if (assessment.status === 'operated_by_other_party') return setPendingOperated(false);
      setStatusProblem(null);
      setPendingOperated(true);
      requestAnimationFrame(() => agreementRef.current?.focus());
      return;
    }
    setPendingOperated(false);
    if (status !== assessment.status) save(status);
  };

  // 1–5 set the status while focus is not in a text field.
  const chooseRef = useRef(choose);
  useEffect(() => {
    chooseRef.current = choose;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typesText(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const meta = statusMetas.find((candidate) => candidate.key === event.key);
      if (!meta) return;
      event.preventDefault();
      chooseRef.current(meta.status);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const relatedRegisters = item.relatedRegisters.filter(isRegisterId);
  const operated = shownStatus === 'operated_by_other_party';
  const clauseFindings = findings ?? [];

  return (
    <article
      className={dropping ? 'item-detail item-detail--dropping' : 'item-detail'}
      aria-labelledby="item-heading"
      {...dropHandlers}
    >
      {dropping && (
        <div className="item-detail__drop-banner">
          <p className="item-detail__drop-message">
            <UploadIcon />
            Drop the files to add them to the evidence library and link them to {itemId}
          </p>
        </div>
      )}
      <header className="item-detail__header">
        <p className="item-detail__path">
          {path.map((clause, index) => (
            <span key={clause.number} className="item-detail__crumb">
              {index > 0 && <span aria-hidden="true"> › </span>}
              <span className="item-detail__crumb-number">{clause.number}</span> {clause.title}
            </span>
          ))}
        </p>
        <h2 className="item-detail__title" id="item-heading" tabIndex={-1}>
          <span className="item-detail__id">{itemId}</span> {item.summary}
        </h2>
        <div className="item-detail__chips">
          <StatusChip {...statusMeta(assessment.status)} />
          {assessment.weakEvidence && <StatusChip label="Weak: conforming without evidence" tone="warning" />}
          {clauseFindings.some((finding) => finding.itemId === itemId) && (
            <StatusChip label="Registers show gaps" tone="danger" />
          )}
        </div>
      </header>

      <details className="item-detail__guidance" open>
        <summary>Guidance and typical evidence</summary>
        <p className="item-detail__prose">{item.guidance}</p>
        <h3 className="card__subtitle">Typical evidence</h3>
        <ul className="item-detail__evidence-list">
          {item.typicalEvidence.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
        {relatedRegisters.length > 0 && (
          <p className="item-detail__registers">
            Related registers:{' '}
            {relatedRegisters.map((register, index) => (
              <span key={register}>
                {index > 0 && ', '}
                <a href={`#/${registers[register].path}`}>{registers[register].title}</a>
              </span>
            ))}
          </p>
        )}
      </details>

      <section className="item-detail__section" aria-labelledby="assessment-heading">
        <h3 className="item-detail__section-title" id="assessment-heading">
          Assessment
        </h3>
        <StatusControl value={shownStatus} onChange={choose} />
        {operated && (
          <div className="operated">
            <label className="field__label" htmlFor={agreementPickerId}>
              Controlling agreement
            </label>
            <p className="field__hint" id={`${agreementPickerId}-hint`}>
              The contract, OLA or other agreement that binds the party operating this; an SLA is what you
              give your customer, so it does not count.
              {pendingOperated && ' The status is saved once the agreement is linked.'}
            </p>
            <RecordPicker
              id={agreementPickerId}
              inputRef={agreementRef}
              register="agreements"
              value={pendingOperated ? null : assessment.operatedByAgreementId}
              aria-describedby={`${agreementPickerId}-hint`}
              aria-invalid={Boolean(statusProblem)}
              aria-required
              onChange={(id) => {
                if (id) save('operated_by_other_party', id);
              }}
            />
            {!pendingOperated && assessment.operatedByAgreement && (
              <p className="operated__link">
                <a href={detailHref('agreements', assessment.operatedByAgreement.id)}>
                  Open {assessment.operatedByAgreement.code}
                </a>
              </p>
            )}
          </div>
        )}
        {statusProblem && (
          <p className="field__error" role="alert">
            {statusProblem}
          </p>
        )}
        <AssessmentNotesForm key={itemId} itemId={itemId} assessment={assessment} owners={owners} />
      </section>

      <div className="item-detail__cards">
        <Card title="Cited register records">
          <CitedRecords itemId={itemId} assessment={assessment} relatedRegisters={relatedRegisters} />
        </Card>
        <Card title="Evidence files">
          <ItemEvidence itemId={itemId} assessment={assessment} upload={upload} />
        </Card>
      </div>

      <Card title={`Readiness checks for clause ${located.clause.number}`} className="item-detail__readiness">
        {findings === null ? (
          <p className="card__empty">Checking the registers…</p>
        ) : clauseFindings.length === 0 ? (
          <p className="card__empty">The registers show nothing against this clause.</p>
        ) : (
          <ul className="readiness-list">
            {clauseFindings.map((finding, index) => (
              <li
                key={`${finding.ruleId}-${index}`}
                className={
                  finding.itemId === itemId
                    ? 'readiness-list__row readiness-list__row--item'
                    : 'readiness-list__row'
                }
              >
                <StatusChip label={severityLabel[finding.severity]} tone={severityTone[finding.severity]} />
                <span className="readiness-list__text">
                  <span className="readiness-list__title">{finding.title}</span>
                  <span className="readiness-list__message">{finding.message}</span>
                </span>
                <span className="readiness-list__item">{finding.itemId}</span>
              </li>
            ))}
          </ul>
        )}
        {assessment.findings.length > 0 && (
          <>
            <h3 className="card__subtitle">Recorded findings</h3>
            <ul className="readiness-list">
              {assessment.findings.map((finding) => (
                <li key={finding.id} className="readiness-list__row">
                  <span className="cited__code">{finding.code}</span>
                  <span className="readiness-list__text">{finding.title}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </article>
  );
}
