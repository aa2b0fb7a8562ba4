import { Card } from '../../shared/components/Card';
import { formatByteSize } from '../../shared/format/byte-size';
import { useWorkspaceStore } from '../workspace/workspace-store';

/** The open file: its name, schema version, size, and how long its change log is. */
export function WorkspaceCard() {
  const summary = useWorkspaceStore((state) => state.summary);
  if (!summary) return null;
  const changes = summary.counts.changes;
  return (
    <Card title="Workspace" className="dash-card dash-card--workspace">
      <dl className="facts">
        <div className="facts__row">
          <dt>File</dt>
          <dd className="facts__mono">{summary.fileName}</dd>
        </div>
        <div className="facts__row">
          <dt>Schema version</dt>
          <dd>{summary.schemaVersion}</dd>
        </div>
        <div className="facts__row">
          <dt>Size</dt>
          <dd>{formatByteSize(summary.sizeBytes)}</dd>
        </div>
        {changes !== undefined && (
          <div className="facts__row">
            <dt>Change log</dt>
            <dd>
              {changes === 0
                ? 'No changes logged yet'
                : `${changes.toLocaleString('en-GB')} change${changes === 1 ? '' : 's'} logged, hash-chained`}
            </dd>
          </div>
        )}
      </dl>
    </Card>
  );
}
