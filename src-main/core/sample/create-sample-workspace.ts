import { createWorkspace } from '../workspace/create-workspace';
import type { OpenedWorkspace } from '../workspace/open-workspace';
import { populateSample } from './populate-sample';
import { sampleEngagement } from './sample-engagement';

/**
 * Writes the sample workspace (`clausebook demo`, the app's first launch): the engagement and the
 * registers, filled inside the transaction that creates the file, so a sample is either complete
 * or not there at all. Dates are relative to `now`.
 */
export function createSampleWorkspace(file: string, now: Date): Promise<OpenedWorkspace> {
  return createWorkspace(file, sampleEngagement(now), { now: () => now, populate: populateSample });
}
