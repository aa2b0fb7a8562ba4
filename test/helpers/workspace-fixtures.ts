import path from 'node:path';
import { createWorkspace } from '../../src-main/core/workspace/create-workspace';
import type { EngagementInput } from '../../src-main/api/schemas/engagement';

export const exampleEngagement: EngagementInput = {
  clientOrganisation: 'Fjordline Hosting AS',
  scopeStatement: 'Managed hosting and service desk services for external customers.',
  auditType: 'surveillance',
  plannedAuditDate: '2027-03-12',
  consultantName: 'Ana Costa',
};

/** Creates a closed workspace file in `dir` and returns its path. */
export async function makeWorkspaceFile(
  dir: string,
  name = 'client.clausebook',
  engagement = exampleEngagement,
): Promise<string> {
  const file = path.join(dir, name);
  const { workspace } = await createWorkspace(file, engagement);
  workspace.close();
  return file;
}
