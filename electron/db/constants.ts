/** "SNTR" in ASCII: stamped in every workspace's header so foreign SQLite files are recognised. */
export const APPLICATION_ID = 0x534e5452;
export const WORKSPACE_EXTENSION = '.sentra';
/** How many backups of one workspace are kept; older ones are deleted. */
export const BACKUPS_KEPT = 10;
/** While someone is editing, a backup is taken at most this often. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;
