import { useState } from 'react';
import type { PackExport } from '../../../src-main/api/schemas/packs';
import { failureMessage } from '../../api/api-error';
import { Card } from '../../shared/components/Card';
import { DownloadIcon } from '../../shared/components/icons';
import { formatByteSize } from '../../shared/format/byte-size';
import { formatTimestamp } from '../../shared/format/timestamp';
import { CopyButton } from './CopyButton';
import { usePackExportStore } from './pack-export-store';
import { clauseSummary, evidenceSummary, shortHash } from './pack-format';

function HistoryRow({ entry }: { entry: PackExport }) {
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const shortId = shortHash(entry.packId, 8);
  const download = async () => {
    setWorking(true);
    setFailure(null);
    try {
      await usePackExportStore.getState().download(entry.id);
    } catch (error) {
      setFailure(failureMessage(error));
    } finally {
      setWorking(false);
    }
  };
  return (
    <>
      <tr>
        <td className="pack-history__time">{formatTimestamp(entry.createdAt)}</td>
        <td>
          <span className="pack-history__mono" title={entry.packId}>
            {shortId}
          </span>
        </td>
        <td className="pack-history__who">
          <span className="pack-history__signer">{entry.signer.name}</span>
          {entry.signer.organisation && (
            <span className="pack-history__muted">{entry.signer.organisation}</span>
          )}
        </td>
        <td>{clauseSummary(entry.options.clauses)}</td>
        <td>{entry.options.includeInternalNotes ? 'Yes' : 'No'}</td>
        <td>{evidenceSummary(entry)}</td>
        <td className="mini-table__numeric">{formatByteSize(entry.sizeBytes)}</td>
        <td>
          <span className="pack-history__hash">
            <span className="pack-history__mono" title={entry.sha256}>
              {shortHash(entry.sha256, 10)}…
            </span>
            <CopyButton value={entry.sha256} label={`Copy the SHA-256 of pack ${shortId}`} />
          </span>
        </td>
        <td className="mini-table__actions">
          <button
            type="button"
            className="button button--quiet"
            disabled={working}
            aria-label={`Download pack ${shortId}`}
            onClick={() => void download()}
          >
            <DownloadIcon />
            {working ? 'Downloading…' : 'Download'}
          </button>
        </td>
      </tr>
      {failure && (
        <tr>
          <td colSpan={9}>
            <p className="notice notice--error" role="alert">
              {failure}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

/** Every pack made from this workspace, newest first, as the workspace records them. */
export function ExportHistory() {
  const history = usePackExportStore((state) => state.history);
  const status = usePackExportStore((state) => state.historyStatus);
  const failure = usePackExportStore((state) => state.historyFailure);
  return (
    <Card
      title="Export history"
      className="pack-history"
      action={
        status === 'ready' && history.length > 0 ? (
          <span className="card__meta">
            {history.length} pack{history.length === 1 ? '' : 's'} from this workspace
          </span>
        ) : undefined
      }
    >
      {status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <strong>The export history could not be read.</strong> {failure}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void usePackExportStore.getState().refreshHistory()}
          >
            Try again
          </button>
        </div>
      ) : status === 'ready' && history.length === 0 ? (
        <p className="card__empty pack-history__empty">
          No pack has been exported from this workspace yet. Each one you export is listed here with its
          SHA-256, so a copy can be matched to what you sent.
        </p>
      ) : (
        <div className="mini-table__scroll">
          <table className="mini-table" aria-label="Export history" aria-busy={status !== 'ready'}>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Pack</th>
                <th scope="col">Signed by</th>
                <th scope="col">Clauses</th>
                <th scope="col">Internal notes</th>
                <th scope="col">Evidence</th>
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
              {history.map((entry) => (
                <HistoryRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
