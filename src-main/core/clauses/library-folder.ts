import path from 'node:path';
import { findAssetFolder } from '../../shared/asset-folder';

/** The folder the shipped clause libraries live in: assets/clause-libraries at the root of the app. */
export function defaultClauseLibraryFolder(start: string = __dirname): string {
  return findAssetFolder(path.join('assets', 'clause-libraries'), start);
}
