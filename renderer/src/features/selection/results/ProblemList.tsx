import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SelectionProblem } from '../../../../../shared/domain/selection/results/types';
import { wordParams } from '../../../../../shared/i18n/wordParams';

/** Enough to show what to fix first without a wall of text on a projector. */
const SHOWN = 12;

/**
 * Why no results are shown: each problem of the input in the user's language (its code is a
 * catalog key, its parameters may be keys too). Never any figure beside it.
 */
export function ProblemList({ problems }: { problems: SelectionProblem[] }) {
  const { t } = useTranslation();
  const word = (p: SelectionProblem) =>
    t(
      p.code,
      wordParams(p.params, (key, values) => t(key, values)),
    );
  return (
    <Alert color="red" title={t('selectionResults.problems.title')} data-testid="results-problems">
      <Text mb="xs">{t('selectionResults.problems.intro')}</Text>
      <List>
        {problems.slice(0, SHOWN).map((p, i) => (
          <List.Item key={i} data-testid="results-problem">
            {word(p)}
          </List.Item>
        ))}
      </List>
      {problems.length > SHOWN && <Text mt="xs">{t('selectionResults.problems.more', { count: problems.length - SHOWN })}</Text>}
    </Alert>
  );
}
