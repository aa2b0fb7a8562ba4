/**
 * Facts that make a SQLite file a Clausebook workspace. The application id is written into the
 * SQLite header (offset 68) when a workspace is created, so a workspace can be told from any
 * other SQLite file by reading 100 bytes, without letting SQLite touch the file.
 */
export const WORKSPACE_EXTENSION = '.clausebook';

/** "CBk1" as a big-endian 32-bit integer. */
export const APPLICATION_ID = 0x43426b31;

/** Files smaller than this get SQLite's quick_check on every open; bigger ones only on `check`. */
export const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;
