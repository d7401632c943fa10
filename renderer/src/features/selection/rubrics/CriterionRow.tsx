import { Select, Table, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { determinants, type Determinant } from '../../../../../shared/domain/selection/codes';
import { DraftNumberInput } from './DraftNumberInput';
import type { CriterionDraft } from './rubricDraft';
import { RowActions } from './RowActions';

/** One criterion of a dimension as a table row: name, description, maximum, weight and diamond determinant. */
export function CriterionRow({
  criterion: c,
  index,
  count,
  error,
  onChange,
  onMove,
  onRemove,
  testId,
}: {
  criterion: CriterionDraft;
  index: number;
  count: number;
  /** The translated message for a field of this criterion, if it is in error. */
  error: (field: string) => string | undefined;
  onChange: (next: CriterionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const shownName = c.name || t('selectionSetup.rubric.criterion.unnamed', { n: index + 1 });
  const determinantOptions = [
    { value: 'none', label: t('selectionSetup.rubric.criterion.noDeterminant') },
    ...determinants.map((d) => ({ value: d, label: t(`selection.codes.determinants.${d}`) })),
  ];
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <TextInput
          aria-label={t('selectionSetup.rubric.criterion.name')}
          value={c.name}
          onChange={(e) => onChange({ ...c, name: e.currentTarget.value })}
          error={error('name') ?? error('id')}
          data-testid={`${testId}.name`}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Textarea
          aria-label={t('selectionSetup.rubric.criterion.description')}
          autosize
          minRows={1}
          maxRows={4}
          value={c.description}
          onChange={(e) => onChange({ ...c, description: e.currentTarget.value })}
          error={error('description')}
          data-testid={`${testId}.description`}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <DraftNumberInput
          label={t('selectionSetup.rubric.criterion.max')}
          labelHidden
          whole
          value={c.max}
          onChange={(max) => onChange({ ...c, max })}
          error={error('max')}
          testId={`${testId}.max`}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <DraftNumberInput
          label={t('selectionSetup.rubric.criterion.weight')}
          labelHidden
          value={c.weight}
          onChange={(weight) => onChange({ ...c, weight })}
          error={error('weight')}
          testId={`${testId}.weight`}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Select
          aria-label={t('selectionSetup.rubric.criterion.determinant')}
          data={determinantOptions}
          value={c.determinant ?? 'none'}
          onChange={(v) => v && onChange({ ...c, determinant: v === 'none' ? null : (v as Determinant) })}
          allowDeselect={false}
          w={220}
          data-testid={`${testId}.determinant`}
        />
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <RowActions name={shownName} first={index === 0} last={index === count - 1} onMove={onMove} onRemove={onRemove} testId={testId} />
      </Table.Td>
    </Table.Tr>
  );
}
