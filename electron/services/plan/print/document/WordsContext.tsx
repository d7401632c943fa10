import { createContext, useContext } from 'react';
import type { PrintWords } from '../printWords';

/** The document's language tools, given once at the top of a print document. */
export const WordsContext = createContext<PrintWords | null>(null);

/** The words, numbers and dates of the document being rendered. */
export function useWords(): PrintWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords outside a print document');
  return words;
}
