import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sentence } from '../../../../../shared/domain/selection/sensitivity/types';
import { useResultFormat } from './resultFormat';

/**
 * Words a sentence of the sensitivity analysis: its key in the user's language, its numbers
 * (factors, counts) in the user's locale ("1,8" in Bahasa Indonesia), its names as they are.
 */
export function useSentence() {
  const { t } = useTranslation();
  const fmt = useResultFormat();
  return useCallback(
    (s: Sentence) => t(s.key, Object.fromEntries(Object.entries(s.params).map(([k, v]) => [k, typeof v === 'number' ? fmt.points(v) : v]))),
    [t, fmt],
  );
}
