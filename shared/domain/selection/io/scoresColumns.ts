import type { ImportColumn } from '../../stakeholders/io/importColumns';

/** A field of the scores file. */
export type ScoresField = 'group' | 'cluster' | 'dimension' | 'score' | 'max' | 'scorer' | 'weight';

/** The scores file's columns (any order, any case, English or Indonesian headers); `scorer` and `weight` are optional. */
export const scoresColumns: readonly ImportColumn<ScoresField>[] = [
  { field: 'group', en: 'group', id: 'kelompok' },
  { field: 'cluster', en: 'cluster', id: 'sentra' },
  { field: 'dimension', en: 'dimension', id: 'dimensi' },
  { field: 'score', en: 'score', id: 'nilai' },
  { field: 'max', en: 'max', id: 'maks' },
  { field: 'scorer', en: 'scorer', id: 'penilai' },
  { field: 'weight', en: 'weight', id: 'bobot' },
];

export const requiredScoresFields: readonly ScoresField[] = ['group', 'cluster', 'dimension', 'score', 'max'];
