import { Card } from '../../shared/components/Card';
import { formatByteSize } from '../../shared/format/byte-size';
import { useWorkspaceStore } from '../workspace/workspace-store';

/** The open file and how many records each register holds, as the core counts them. */
export function WorkspaceCard() {
  const summary = useWorkspaceStore((state) => state.summary);
  if (!summary) return null;
  const counts = Object.entries(summary.counts);
  return (
    <Card title="Workspace" className="dashboard__workspace">
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
      </dl>
      <h3 className="card__subtitle">Records</h3>
      {counts.length === 0 ? (
        <p className="card__empty">
          No register holds records yet. Counts appear here as services, suppliers, agreements and evidence
          are added.
        </p>
      ) : (
        <dl className="counts">
          {counts.map(([label, count]) => (
            <div className="counts__item" key={label}>
              <dt>{label}</dt>
              <dd>{count.toLocaleString('en-GB')}</dd>
            </div>
          ))}
        </dl>
      )}
    </Card>
  );
}
