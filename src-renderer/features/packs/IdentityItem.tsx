import { useState } from 'react';
import type { CertificateInfo } from '../../../src-main/api/schemas/packs';
import { failureMessage } from '../../api/api-error';
import { StatusChip } from '../../shared/components/StatusChip';
import { DownloadIcon, TrashIcon } from '../../shared/components/icons';
import { CopyButton } from './CopyButton';
import { Fingerprint } from './Fingerprint';
import { useIdentitiesStore } from './identities-store';
import { issuerWords, validityChip, validityPeriod } from './pack-format';

interface IdentityItemProps {
  identity: CertificateInfo;
  now: number;
  onRemove(identity: CertificateInfo): void;
}

/** One kept signing identity: who it names, how long it is valid, its fingerprint, what to do with it. */
export function IdentityItem({ identity, now, onRemove }: IdentityItemProps) {
  const [exporting, setExporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { subject } = identity;
  const name = subject.commonName || subject.email || 'Unnamed identity';
  const exportCertificate = async () => {
    setExporting(true);
    setFailure(null);
    try {
      await useIdentitiesStore.getState().downloadCertificate(identity.fingerprintSha256);
    } catch (error) {
      setFailure(failureMessage(error));
    } finally {
      setExporting(false);
    }
  };
  return (
    <li className="identity" aria-label={name}>
      <div className="identity__head">
        <p className="identity__name">{name}</p>
        <StatusChip {...validityChip(identity, now)} />
      </div>
      <p className="identity__who">{[subject.organisation, subject.email].filter(Boolean).join(' · ')}</p>
      <dl className="identity__facts">
        <div>
          <dt>Validity</dt>
          <dd>{validityPeriod(identity)}</dd>
        </div>
        <div>
          <dt>Certificate</dt>
          <dd className="identity__issuer">{issuerWords(identity)}</dd>
        </div>
        <div className="identity__fingerprint">
          <dt>
            Fingerprint <span className="identity__algorithm">SHA-256</span>
          </dt>
          <dd className="fingerprint-field">
            <Fingerprint value={identity.fingerprintSha256} testId="identity-fingerprint" />
            <CopyButton value={identity.fingerprintSha256} label={`Copy the fingerprint of ${name}`} />
          </dd>
        </div>
      </dl>
      <div className="identity__actions">
        <button
          type="button"
          className="button"
          disabled={exporting}
          aria-label={`Export certificate of ${name}`}
          onClick={() => void exportCertificate()}
        >
          <DownloadIcon />
          {exporting ? 'Exporting…' : 'Export certificate'}
        </button>
        <button
          type="button"
          className="button button--danger-quiet"
          aria-label={`Remove ${name}`}
          onClick={() => onRemove(identity)}
        >
          <TrashIcon />
          Remove
        </button>
      </div>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}
