/**
 * A file name from a cluster's name and what the file holds (`Sentra Genteng Kebumen-aktor.csv`):
 * letters, digits, spaces, dots, hyphens and underscores only, so it saves on every system.
 */
export function exportFileName(clusterName: string, what: string, extension: string): string {
  const safe = clusterName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, 80)
    .trim();
  return `${safe === '' ? 'sentra' : safe}-${what}.${extension}`;
}
