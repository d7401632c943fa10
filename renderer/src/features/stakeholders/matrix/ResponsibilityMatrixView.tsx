import { Button, Group, Loader, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/contract/app';
import { actorKinds, sectors } from '../../../../../shared/domain/stakeholders/codes';
import { matrixRowLabelSchema, type StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { call } from '../../../app/client';
import { notifyError } from '../../../app/notify';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useFigureFormat } from '../panels/useFigureFormat';
import { codeOptions } from '../table/actorColumns';
import { downloadExported } from '../io/downloadFile';
import { MatrixGrid } from './MatrixGrid';
import { matrixColumns } from './matrixCells';
import { useMatrix } from './useMatrix';
import './matrix.css';

/**
 * The responsibility matrix (JICA Table 4.1): who takes part in and who leads each strategy or
 * program, with the map's actors as columns (filtered by kind and sector when there are many),
 * exported to CSV or XLSX.
 */
export function ResponsibilityMatrixView({ clusterId, map }: { clusterId: string; map: StakeholderMap }) {
  const { t, i18n } = useTranslation();
  const fmt = useFigureFormat();
  const { matrix, change } = useMatrix(clusterId);
  const [kinds, setKinds] = useState<string[]>([]);
  const [sectorFilter, setSectorFilter] = useState<string[]>([]);
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const columns = useMemo(
    () => matrixColumns(map.actors, { kinds, sectors: sectorFilter }, { sector: sectors, kind: actorKinds }, fmt.locale),
    [map.actors, kinds, sectorFilter, fmt.locale],
  );
  const allActorIds = useMemo(() => new Set(map.actors.map((a) => a.id)), [map.actors]);

  const addRow = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = matrixRowLabelSchema.safeParse(label);
    if (!parsed.success) return setLabelError(parsed.error.issues[0]?.message ?? 'validation.invalid');
    await change('stakeholders.matrix.addRow', { clusterId, label: parsed.data }).then(
      () => setLabel(''),
      () => undefined,
    );
  };
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      downloadExported(
        await call('stakeholders.export.table', { clusterId, what: 'matrix', format, lang: (i18n.language as Language) === 'en' ? 'en' : 'id' }),
      );
    } catch (e) {
      notifyError(e);
    } finally {
      setExporting(null);
    }
  };
  const rowToDelete = deleting === null ? undefined : matrix?.rows[deleting];

  if (!matrix) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack gap="md" pt="md" data-testid="matrix-view">
      <Text maw="60rem">{t('stakeholderPanels.matrix.intro')}</Text>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label={t('stakeholderPanels.matrix.filterKinds')}
            placeholder={kinds.length === 0 ? t('stakeholderPanels.matrix.all') : undefined}
            data={codeOptions(t, 'kind', actorKinds)}
            value={kinds}
            onChange={setKinds}
            searchable
            clearable
            miw={260}
            maw={420}
            data-testid="matrix-filter-kinds"
          />
          <MultiSelect
            label={t('stakeholderPanels.matrix.filterSectors')}
            placeholder={sectorFilter.length === 0 ? t('stakeholderPanels.matrix.all') : undefined}
            data={codeOptions(t, 'sector', sectors)}
            value={sectorFilter}
            onChange={setSectorFilter}
            clearable
            miw={220}
            data-testid="matrix-filter-sectors"
          />
          <Text size="sm" pb={8} data-testid="matrix-column-count">
            {t('stakeholderPanels.matrix.columnsShown', { shown: fmt.count(columns.length), all: fmt.count(map.actors.length) })}
          </Text>
        </Group>
        <Group gap="xs" className="editing-chrome">
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
              loading={exporting === format}
              onClick={() => void exportAs(format)}
              data-testid={`matrix-export-${format}`}
            >
              {t(`stakeholderPanels.matrix.export.${format}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" className="editing-chrome">
        {t('stakeholderPanels.matrix.keysHelp')}
      </Text>
      {matrix.rows.length === 0 ? (
        <Text fs="italic" data-testid="matrix-empty">
          {t('stakeholderPanels.matrix.noRows')}
        </Text>
      ) : (
        <MatrixGrid matrix={matrix} columns={columns} allActorIds={allActorIds} change={change} onDeleteRow={setDeleting} />
      )}
      <form onSubmit={(e) => void addRow(e)} className="editing-chrome">
        <Group align="flex-start" gap="xs">
          <TextInput
            aria-label={t('stakeholderPanels.matrix.newRowLabel')}
            placeholder={t('stakeholderPanels.matrix.newRowPlaceholder')}
            value={label}
            onChange={(e) => {
              setLabel(e.currentTarget.value);
              setLabelError(null);
            }}
            error={labelError ? t(labelError) : undefined}
            miw={360}
            data-testid="matrix-add-row-label"
          />
          <Button type="submit" leftSection={<IconPlus size={18} aria-hidden />} data-testid="matrix-add-row">
            {t('stakeholderPanels.matrix.addRow')}
          </Button>
        </Group>
      </form>
      {rowToDelete && (
        <ConfirmDialog
          title={t('stakeholderPanels.matrix.deleteTitle')}
          message={t('stakeholderPanels.matrix.deleteConfirm', { label: rowToDelete.label })}
          confirmLabel={t('stakeholderPanels.matrix.delete')}
          onConfirm={() => void change('stakeholders.matrix.deleteRow', { id: rowToDelete.id }).catch(() => undefined)}
          onClose={() => setDeleting(null)}
          confirmTestId="matrix-confirm-delete"
          focus="confirm"
        />
      )}
    </Stack>
  );
}
