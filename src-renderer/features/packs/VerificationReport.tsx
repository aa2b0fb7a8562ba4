import { Card } from '../../shared/components/Card';
import { DownloadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { checkTitles, verdictSentence } from './check-words';
import { CopyButton } from './CopyButton';
import { Fingerprint } from './Fingerprint';
import { issuerWords, shortHash, validityPeriod } from './pack-format';
import { useVerifyStore, type PackVerified, type VerifiedFile } from './verify-store';

// "22 November 2026, 03:06 UTC": the signer's clock, said in UTC so every reader sees the same time.
const signedAt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

function Mark({ ok }: { ok: boolean }) {
  return (
    <span className={ok ? 'check-mark check-mark--ok' : 'check-mark check-mark--failed'}>
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={ok ? 'M4 8.5l2.5 2.5L12 5.5' : 'M5 5l6 6M11 5l-6 6'} />
      </svg>
      <span className="visually-hidden">{ok ? 'Passed: ' : 'Failed: '}</span>
    </span>
  );
}

function Verdict({ result }: { result: PackVerified }) {
  const { report } = result;
  return (
    <section
      className={report.valid ? 'verdict verdict--valid' : 'verdict verdict--invalid'}
      aria-label="Verdict"
      data-testid="verdict"
    >
      <span className="verdict__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" focusable="false">
          <path d={report.valid ? 'M6 12.5l4 4 8-9' : 'M7.5 7.5l9 9M16.5 7.5l-9 9'} />
        </svg>
      </span>
      <div className="verdict__text">
        <p className="verdict__word">{report.valid ? 'VALID' : 'NOT VALID'}</p>
        <p className="verdict__sentence">{verdictSentence(report)}</p>
        <p className="verdict__file">
          {result.fileName} · {formatByteSize(result.sizeBytes)}
        </p>
      </div>
    </section>
  );
}

function SignerCard({ report }: { report: PackVerified['report'] }) {
  const { signer } = report;
  const manifest = report.manifest.ok ? report.manifest.value : null;
  return (
    <Card title="Who signed it" className="verify-signer">
      {signer?.selfSigned && (
        <p className="notice verify-signer__note">
          The certificate is <strong>self-signed</strong>: it shows who signed only if its fingerprint below
          matches the one the consultant gave you separately — by email, on paper or by phone.
        </p>
      )}
      <dl className="facts">
        <div className="facts__row">
          <dt>Signed by</dt>
          <dd>
            {signer ? (
              <>
                <span className="facts__strong">{signer.subject.commonName || report.signerName}</span>
                {[signer.subject.organisation, signer.subject.email].filter(Boolean).map((part) => (
                  <span key={part} className="verify-signer__line">
                    {part}
                  </span>
                ))}
              </>
            ) : (
              (report.signerName ?? <span className="facts__muted">The certificate cannot be read</span>)
            )}
          </dd>
        </div>
        {signer && (
          <>
            <div className="facts__row">
              <dt>Certificate</dt>
              <dd className="facts__wrap">
                {issuerWords(signer)}
                <span className="verify-signer__line">Valid {validityPeriod(signer)}</span>
              </dd>
            </div>
            <div className="facts__row">
              <dt>
                Fingerprint
                <span className="verify-signer__line">SHA-256</span>
              </dt>
              <dd className="fingerprint-field">
                <Fingerprint value={signer.fingerprintSha256} testId="signer-fingerprint" />
                <CopyButton value={signer.fingerprintSha256} label="Copy the signer’s fingerprint" />
              </dd>
            </div>
          </>
        )}
        <div className="facts__row">
          <dt>Signed at</dt>
          <dd>
            {report.signingTime ? (
              <>
                {signedAt.format(Date.parse(report.signingTime))}
                <span className="verify-signer__line">as stated by the signer</span>
              </>
            ) : (
              <span className="facts__muted">Not stated</span>
            )}
          </dd>
        </div>
        {manifest && (
          <div className="facts__row">
            <dt>Pack</dt>
            <dd className="facts__wrap">
              For {manifest.clientOrganisation}
              <span className="verify-signer__line facts__mono">{manifest.packId}</span>
            </dd>
          </div>
        )}
        <div className="facts__row">
          <dt>File SHA-256</dt>
          <dd>
            <span className="facts__mono verify-signer__hash">{report.fileSha256}</span>
          </dd>
        </div>
      </dl>
    </Card>
  );
}

function ChecksCard({ report }: { report: PackVerified['report'] }) {
  return (
    <Card title="Checks" className="verify-checks">
      <ul className="check-list" aria-label="Checks">
        {report.checks.map((check) => (
          <li
            key={check.id}
            className={check.ok ? 'check-list__item' : 'check-list__item check-list__item--failed'}
          >
            <Mark ok={check.ok} />
            <span className="check-list__text">
              <span className="check-list__title">{checkTitles[check.id]}</span>{' '}
              <span className="check-list__message">{check.message}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function FileRow({ file }: { file: VerifiedFile }) {
  const saving = useVerifyStore((state) => state.saving === file.attachmentName);
  const saveFailure = useVerifyStore((state) =>
    state.saveFailure?.attachmentName === file.attachmentName ? state.saveFailure.message : null,
  );
  const anySaving = useVerifyStore((state) => state.saving !== null);
  return (
    <tr className={file.ok ? undefined : 'verified-files__row--failed'}>
      <td className="verified-files__mark">
        <Mark ok={file.ok} />
      </td>
      <td>
        <span className="verified-files__name">{file.fileName}</span>
        {file.problem && <span className="verified-files__problem">{file.problem}</span>}
        {saveFailure && (
          <span className="verified-files__problem" role="alert">
            {saveFailure}
          </span>
        )}
      </td>
      <td className="mini-table__numeric">{formatByteSize(file.sizeBytes)}</td>
      <td>
        <span className="verified-files__hash" title={file.sha256}>
          {shortHash(file.sha256, 24)}…
        </span>
      </td>
      <td className="mini-table__actions">
        {file.embedded ? (
          <button
            type="button"
            className="button button--quiet"
            disabled={anySaving}
            aria-label={`Save ${file.fileName}`}
            onClick={() => void useVerifyStore.getState().saveEmbedded(file)}
          >
            <DownloadIcon />
            {saving ? 'Saving…' : 'Save'}
          </button>
        ) : (
          <span className="verified-files__muted">Not embedded</span>
        )}
      </td>
    </tr>
  );
}

interface FilesCardProps {
  files: VerifiedFile[];
  /** "Evidence files" or "Register files": the card's title and the table's name. */
  kind: string;
  empty: string;
  note?: string | undefined;
}

function FilesCard({ files, kind, empty, note }: FilesCardProps) {
  const matching = files.filter((file) => file.ok).length;
  return (
    <Card
      title={`${kind} (${files.length})`}
      className="verify-files"
      action={
        files.length > 0 ? (
          <span className="card__meta">
            {matching} of {files.length} match the signed manifest
          </span>
        ) : undefined
      }
    >
      {note && <p className="card__empty verify-files__note">{note}</p>}
      {files.length === 0 ? (
        <p className="card__empty">{empty}</p>
      ) : (
        <div className="mini-table__scroll">
          <table className="mini-table verified-files" aria-label={`${kind} in the pack`}>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Check</span>
                </th>
                <th scope="col">File</th>
                <th scope="col" className="mini-table__numeric">
                  Size
                </th>
                <th scope="col">SHA-256</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <FileRow key={file.attachmentName} file={file} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** The evidence files, and the complete registers (CSV) the pack carries beside them. */
function PackFiles({ report }: { report: PackVerified['report'] }) {
  const manifest = report.manifest.ok ? report.manifest.value : null;
  const registerNames = new Set((manifest?.registers ?? []).map((file) => file.attachmentName));
  const evidence = report.files.filter((file) => !registerNames.has(file.attachmentName));
  const registers = report.files.filter((file) => registerNames.has(file.attachmentName));
  return (
    <>
      <FilesCard
        files={evidence}
        kind="Evidence files"
        empty="This pack holds no evidence files."
        note={
          manifest && !manifest.evidenceEmbedded
            ? 'The files were not put inside this pack; the signed manifest lists each with its SHA-256, so copies sent to you separately can be compared with it.'
            : undefined
        }
      />
      {registers.length > 0 && (
        <FilesCard
          files={registers}
          kind="Register files"
          empty=""
          note="Each register in full, as CSV, the columns a Clausebook export writes."
        />
      )}
    </>
  );
}

/** The report on one pack, in words a reader without PDF expertise can act on. */
export function VerificationReport({ result }: { result: PackVerified }) {
  return (
    <div className="verify-report">
      <Verdict result={result} />
      <div className="verify-report__grid">
        <ChecksCard report={result.report} />
        <SignerCard report={result.report} />
      </div>
      <PackFiles report={result.report} />
    </div>
  );
}
