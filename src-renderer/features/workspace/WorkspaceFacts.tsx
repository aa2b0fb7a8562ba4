import { formatByteSize } from '../../shared/format/byte-size';
import { formatTimestamp } from '../../shared/format/timestamp';
import { useWorkspaceStore } from './workspace-store';

/** Read-only facts about the open workspace file, as a description list. */
export function WorkspaceFacts() {
  const summary = useWorkspaceStore((state) => state.summary);
  if (!summary) return null;
  const { fileName, path, schemaVersion, appSchemaVersion, sizeBytes, engagement } = summary;
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>File</dt>
        <dd className="facts__mono">{fileName}</dd>
      </div>
      <div className="facts__row">
        <dt>Location</dt>
        <dd className={path ? 'facts__mono facts__wrap' : 'facts__muted'}>
          {path ?? 'Not shown to the browser'}
        </dd>
      </div>
      <div className="facts__row">
        <dt>Schema version</dt>
        <dd>
          {schemaVersion}
          {schemaVersion === appSchemaVersion ? (
            <span className="facts__muted"> · current</span>
          ) : (
            <span className="facts__muted"> · this app writes version {appSchemaVersion}</span>
          )}
        </dd>
      </div>
      <div className="facts__row">
        <dt>Size</dt>
        <dd>{formatByteSize(sizeBytes)}</dd>
      </div>
      <div className="facts__row">
        <dt>Engagement created</dt>
        <dd>{formatTimestamp(engagement.createdAt)}</dd>
      </div>
      <div className="facts__row">
        <dt>Last changed</dt>
        <dd>{formatTimestamp(engagement.updatedAt)}</dd>
      </div>
    </dl>
  );
}
