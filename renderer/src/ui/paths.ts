/** Joins a folder and a file name with the folder's own separator (Windows or POSIX). */
export function joinPath(dir: string, fileName: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? `${dir}${fileName}` : `${dir}${sep}${fileName}`;
}

/** A file-system-safe name from free text ("Sentra Kebumen / 2026" → "Sentra Kebumen - 2026"). */
export function safeFileName(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}
