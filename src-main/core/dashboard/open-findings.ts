import type Database from 'better-sqlite3';
import { findingTypes } from '../../api/schemas/findings';
import type { OpenFindings } from '../../api/schemas/dashboard';
import { listFindings } from '../findings/finding-list';

/**
 * Open findings of each type. The findings list counts them for its own header; asked for no type
 * at all it reads no finding, so this costs the one grouped count and nothing per finding.
 */
export function openFindings(db: Database.Database): OpenFindings {
  const { openByType } = listFindings(db, { types: [] });
  return { total: findingTypes.reduce((sum, type) => sum + openByType[type], 0), byType: openByType };
}
