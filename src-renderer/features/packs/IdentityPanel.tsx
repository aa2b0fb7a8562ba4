import { useState } from 'react';
import type { CertificateInfo } from '../../../src-main/api/schemas/packs';
import { Card } from '../../shared/components/Card';
import { ConfirmDeleteDialog } from '../../shared/components/ConfirmDeleteDialog';
import { PlusIcon, UploadIcon } from '../../shared/components/icons';
import { CreateIdentityDialog } from './CreateIdentityDialog';
import { IdentityItem } from './IdentityItem';
import { ImportIdentityDialog } from './ImportIdentityDialog';
import { useIdentitiesStore } from './identities-store';
import { usePackExportStore } from './pack-export-store';

type OpenDialog =
  { kind: 'create' } | { kind: 'import' } | { kind: 'remove'; identity: CertificateInfo } | null;

/** The signing identities kept on this computer: make one, import one, give out a certificate, remove one. */
export function IdentityPanel() {
  const identities = useIdentitiesStore((state) => state.identities);
  const status = useIdentitiesStore((state) => state.status);
  const failure = useIdentitiesStore((state) => state.failure);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [news, setNews] = useState('');
  const now = useIdentitiesStore((state) => state.listedAt);

  const added = (certificate: CertificateInfo, how: string) => {
    setDialog(null);
    usePackExportStore.getState().chooseIdentity(certificate.fingerprintSha256);
    setNews(`${how} the signing identity of ${certificate.subject.commonName}.`);
  };

  return (
    <Card title="Signing identities" className="identity-panel">
      <p className="identity-panel__intro">
        Your key and certificate, which sign each pack. Kept encrypted with your passphrase on this computer,
        never in the workspace.
      </p>
      <div className="identity-panel__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setDialog({ kind: 'create' })}
        >
          <PlusIcon />
          Create identity
        </button>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
          <UploadIcon />
          Import .p12/.pfx…
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {news}
      </p>
      {status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <strong>The signing identities could not be listed.</strong> {failure}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void useIdentitiesStore.getState().refresh()}
          >
            Try again
          </button>
        </div>
      ) : status === 'ready' && identities.length === 0 ? (
        <div className="identity-panel__empty">
          <p className="identity-panel__empty-title">No signing identity yet</p>
          <p>
            Create one in your name (a self-signed certificate), or import the .p12/.pfx file a certificate
            authority issued to you.
          </p>
        </div>
      ) : (
        <ul className="identity-list" aria-label="Signing identities" aria-busy={status !== 'ready'}>
          {identities.map((identity) => (
            <IdentityItem
              key={identity.fingerprintSha256}
              identity={identity}
              now={now}
              onRemove={(chosen) => setDialog({ kind: 'remove', identity: chosen })}
            />
          ))}
        </ul>
      )}

      {dialog?.kind === 'create' && (
        <CreateIdentityDialog
          onCreated={(certificate) => added(certificate, 'Created')}
          onDismiss={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportIdentityDialog
          onImported={(certificate) => added(certificate, 'Imported')}
          onDismiss={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmDeleteDialog
          title={`Remove the identity of ${dialog.identity.subject.commonName}?`}
          confirmLabel="Remove identity"
          onDismiss={() => setDialog(null)}
          onConfirm={async () => {
            const { fingerprintSha256, subject } = dialog.identity;
            await useIdentitiesStore.getState().remove(fingerprintSha256);
            const exporting = usePackExportStore.getState();
            if (exporting.fingerprint === fingerprintSha256) exporting.chooseIdentity(null);
            setDialog(null);
            setNews(`Removed the signing identity of ${subject.commonName}.`);
          }}
        >
          <p>
            Its key and certificate are deleted from this computer. Packs it already signed stay valid, but it
            cannot sign new ones — unless you kept a copy of its .p12 file to import again.
          </p>
        </ConfirmDeleteDialog>
      )}
    </Card>
  );
}
