import { Button, Checkbox, Group, Paper, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CriterionRow } from './CriterionRow';
import { DraftNumberInput } from './DraftNumberInput';
import { moved, newCriterion, sumOfMaxima, type CriterionDraft, type DimensionDraft } from './rubricDraft';
import { RowActions } from './RowActions';
import { ActionsHeader } from '../ActionsHeader';

/**
 * One dimension of a rubric with its criteria. The sum of the criteria's maxima is shown live
 * against the dimension's stated total, so a mismatch is seen while typing, not on saving.
 */
export function DimensionCard({
  dimension: d,
  index,
  count,
  error,
  onChange,
  onMove,
  onRemove,
}: {
  dimension: DimensionDraft;
  index: number;
  count: number;
  /** The translated message for a field path under this dimension ("name", "criteria.0.max"), if in error. */
  error: (path: string) => string | undefined;
  onChange: (next: DimensionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const testId = `rubric.dim.${index}`;
  const shownName = d.name || t('selectionSetup.rubric.dimension.unnamed', { n: index + 1 });
  const sum = sumOfMaxima(d);
  const matches = typeof d.total === 'number' && sum === d.total;
  const setCriteria = (criteria: CriterionDraft[]) => onChange({ ...d, criteria });
  // The determinant a new criterion most likely concerns: the one of the criterion above it.
  const lastDeterminant = d.criteria.at(-1)?.determinant ?? null;
  return (
    <Paper withBorder p="md" data-testid={testId} aria-label={shownName} component="section">
      <Stack gap="xs">
        <Group align="flex-start" wrap="wrap" gap="sm">
          <TextInput
            label={t('selectionSetup.rubric.dimension.name')}
            value={d.name}
            onChange={(e) => onChange({ ...d, name: e.currentTarget.value })}
            error={error('name') ?? error('id')}
            style={{ flex: 1, minWidth: 240 }}
            data-testid={`${testId}.name`}
          />
          <DraftNumberInput
            label={t('selectionSetup.rubric.dimension.total')}
            whole
            value={d.total}
            onChange={(total) => onChange({ ...d, total })}
            testId={`${testId}.total`}
          />
          <DraftNumberInput
            label={t('selectionSetup.rubric.dimension.weight')}
            value={d.weight}
            onChange={(weight) => onChange({ ...d, weight })}
            error={error('weight')}
            testId={`${testId}.weight`}
          />
          <Stack gap={6} pt={4}>
            <Checkbox
              label={t('selectionSetup.rubric.dimension.optional')}
              checked={d.optional}
              // A dimension that is no longer optional must be on.
              onChange={(e) => onChange({ ...d, optional: e.currentTarget.checked, enabled: e.currentTarget.checked ? d.enabled : true })}
              data-testid={`${testId}.optional`}
            />
            {d.optional && (
              <Switch
                label={t('selectionSetup.rubric.dimension.enabled')}
                checked={d.enabled}
                onChange={(e) => onChange({ ...d, enabled: e.currentTarget.checked })}
                data-testid={`${testId}.enabled`}
              />
            )}
          </Stack>
          <RowActions name={shownName} first={index === 0} last={index === count - 1} onMove={onMove} onRemove={onRemove} testId={testId} />
        </Group>
        <Textarea
          label={t('selectionSetup.rubric.dimension.description')}
          autosize
          minRows={1}
          maxRows={6}
          value={d.description}
          onChange={(e) => onChange({ ...d, description: e.currentTarget.value })}
          error={error('description')}
          data-testid={`${testId}.description`}
        />
        <Text size="sm" fw={600} c={matches ? 'teal.9' : 'red.9'} role="status" data-testid={`${testId}.sum`}>
          {t('selectionSetup.rubric.dimension.sum', { sum, total: d.total === '' ? '—' : d.total })}
        </Text>
        {(error('total') || error('enabled') || error('criteria')) && (
          <Text size="sm" c="red.9" data-testid={`${testId}.error`}>
            {error('total') ?? error('enabled') ?? error('criteria')}
          </Text>
        )}
        <Table miw={760} verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selectionSetup.rubric.criterion.name')}</Table.Th>
              <Table.Th>{t('selectionSetup.rubric.criterion.description')}</Table.Th>
              <Table.Th>{t('selectionSetup.rubric.criterion.max')}</Table.Th>
              <Table.Th>{t('selectionSetup.rubric.criterion.weight')}</Table.Th>
              <Table.Th>{t('selectionSetup.rubric.criterion.determinant')}</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.criteria.map((c, j) => (
              <CriterionRow
                key={c.uid}
                criterion={c}
                index={j}
                count={d.criteria.length}
                error={(field) => error(`criteria.${j}.${field}`)}
                onChange={(next) => setCriteria(d.criteria.map((x, k) => (k === j ? next : x)))}
                onMove={(by) => setCriteria(moved(d.criteria, j, by))}
                onRemove={() => setCriteria(d.criteria.filter((_, k) => k !== j))}
                testId={`${testId}.crit.${j}`}
              />
            ))}
          </Table.Tbody>
        </Table>
        <Group className="editing-chrome">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} />}
            onClick={() => setCriteria([...d.criteria, newCriterion(lastDeterminant)])}
            data-testid={`${testId}.addCriterion`}
          >
            {t('selectionSetup.rubric.addCriterion')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
