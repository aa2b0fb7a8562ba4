import type { WorkspaceSummary } from '../schemas/workspace';
import type { CallContext } from '../registry';
import { readEngagement } from '../../core/engagement/engagement-store';
import { recordCounts } from '../../core/workspace/record-counts';
import { LATEST_SCHEMA_VERSION } from '../../core/workspace/migrations';
import type { Workspace } from '../../core/workspace/workspace';

export function summarise(workspace: Workspace, context: CallContext): WorkspaceSummary {
  return {
    fileName: workspace.fileName,
    // A page in a browser has no business knowing where the user keeps files.
    path: context.transport === 'http' ? null : workspace.file,
    schemaVersion: workspace.schemaVersion,
    appSchemaVersion: LATEST_SCHEMA_VERSION,
    sizeBytes: workspace.sizeBytes,
    engagement: readEngagement(workspace.db),
    counts: recordCounts(workspace),
  };
}
