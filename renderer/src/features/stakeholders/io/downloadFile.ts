import type { ExportedFile } from '../../../../../shared/contract/stakeholders';

/** Saves bytes the app made as a file: the browser's download (browser mode) or Electron's save dialog. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; revoking later keeps slow machines safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Decodes a file a service exported (base64 over the transport) and saves it. */
export function downloadExported(file: ExportedFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(file.fileName, new Blob([bytes], { type: file.mime }));
}

/** Saves text (an SVG drawing) as a file. */
export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}
