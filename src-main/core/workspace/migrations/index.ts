import { migration0001 } from './0001-engagement';
import { migration0002 } from './0002-registers';
import { migration0003 } from './0003-assessment';
import { migration0004 } from './0004-pack-exports';
import { migration0005 } from './0005-workspace-id';
import { migration0006 } from './0006-target-judging-index';
import { migration0007 } from './0007-search-blocks';
import { migration0008 } from './0008-record-counts';
import type { Migration } from './migration';

/** Every schema step, in order. Add a new file per step; never edit a released one. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
