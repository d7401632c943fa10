import { IMPORT_FILE_MAX_BYTES, type ImportFile } from '../../../../../shared/contract/stakeholders';

/** A picked file as the import call takes it, or the catalog key of why it cannot go. */
export async function readFileBase64(file: File): Promise<ImportFile | { refused: string }> {
  // Refused before reading: an 8 MB cap exists so that a huge file never reaches memory twice.
  if (file.size > IMPORT_FILE_MAX_BYTES) return { refused: 'validation.fileTooLarge' };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
  // "data:<mime>;base64,<bytes>" — the mime may be empty for a .csv on some systems.
  return { fileName: file.name, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
