import { Anchor, Button, FileButton, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconFileImport, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric, RubricSummary } from '../../../../../shared/domain/selection/schemas';
import { jicaRubric } from '../../../../../shared/domain/selection/template/jicaRubric';
import { useAppState } from '../../../app/AppState';
import { call } from '../../../app/client';
import { useFormatters } from '../../../app/formatters';
import { errorMessage, notifyDone } from '../../../app/notify';
import { useCommit } from '../../../app/useCommit';
import { useWorkspaceData } from '../../../app/useWorkspaceData';
import { ErrorText } from '../../../ui/ErrorText';
import { downloadExported } from '../../stakeholders/io/downloadFile';
import { readFileBase64 } from '../../stakeholders/io/readFileBase64';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { RubricEditor } from './RubricEditor';
import { ActionsHeader } from '../ActionsHeader';
import { RowIconButton } from '../RowIconButton';
import { PageHeader } from '../PageHeader';

/** The rubric open in the editor: a stored one (id and version) or a new one (id null). */
interface Open {
  id: string | null;
  version: number;
  rubric: Rubric;
}

/**
 * Rubrics kept in the workspace for the next sessions: edit one and save it as its next version,
 * start one from JICA's template, delete one, and carry one to another workspace as a file.
 */
export function RubricLibraryPage() {
  const { t } = useTranslation();
  const { dateTime, count } = useFormatters();
  const { setHistory } = useAppState();
  const commit = useCommit();
  const { data: rubrics } = useWorkspaceData(() => call('selection.rubrics.list', {}), [], { tables: ['selection_rubrics'], ownWrites: true });
  const [open, setOpen] = useState<Open | null>(null);
  const [deleting, setDeleting] = useState<RubricSummary | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!rubrics) return <Loader aria-label={t('common.loading')} />;

  const edit = async (r: RubricSummary) => {
    setFailure(null);
    try {
      const stored = await call('selection.rubrics.get', { id: r.id });
      setOpen({ id: stored.id, version: stored.version, rubric: stored.rubric });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  const save = async (rubric: Rubric) => {
    const stored = await commit(() => call('selection.rubrics.save', { id: open?.id ?? null, rubric }));
    // The editor's title names the new version: a notification would cover the save button.
    setOpen({ id: stored.id, version: stored.version, rubric: stored.rubric });
  };
  const exportRubric = async (r: RubricSummary) => {
    setFailure(null);
    try {
      downloadExported(await call('selection.rubrics.export', { id: r.id }));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  const importRubric = async (file: File | null) => {
    if (!file) return;
    setFailure(null);
    const read = await readFileBase64(file);
    if ('refused' in read) return setFailure(t(read.refused));
    try {
      const stored = await call('selection.rubrics.import', { file: read });
      setHistory(await call('workspace.history', {}));
      setOpen({ id: stored.id, version: stored.version, rubric: stored.rubric });
      notifyDone(t('selectionSetup.library.imported', { name: stored.name }));
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  const remove = (r: RubricSummary) => {
    if (open?.id === r.id) setOpen(null);
    void commit(() => call('selection.rubrics.delete', { id: r.id })).catch(() => undefined);
  };

  return (
    <Stack data-testid="selection-rubrics">
      <Anchor href="#/selection" size="sm" className="editing-chrome">
        {t('selectionSetup.page.back')}
      </Anchor>
      <PageHeader
        title={t('selectionSetup.library.title')}
        intro={t('selectionSetup.library.intro')}
        actions={
          <>
            <FileButton onChange={(f) => void importRubric(f)} accept=".json,application/json">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconFileImport size={18} />} data-testid="library.import">
                  {t('selectionSetup.library.import')}
                </Button>
              )}
            </FileButton>
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => setOpen({ id: null, version: 0, rubric: jicaRubric((key) => t(key)) })}
              data-testid="library.newFromJica"
            >
              {t('selectionSetup.library.newFromJica')}
            </Button>
          </>
        }
      />
      <ErrorText message={failure} />
      {rubrics.length === 0 ? (
        <Paper withBorder p="lg" data-testid="library.empty">
          <Text>{t('selectionSetup.library.empty')}</Text>
        </Paper>
      ) : (
        <Table miw={700} striped verticalSpacing="sm" data-testid="library.table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('selectionSetup.library.name')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.library.version')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.library.dimensions')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('selectionSetup.library.criteria')}</Table.Th>
              <Table.Th>{t('selectionSetup.library.updated')}</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rubrics.map((r) => (
              <Table.Tr key={r.id} data-testid="library.row">
                <Table.Td className="wrap-anywhere">{r.name}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{count(r.version)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{count(r.dimensions)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{count(r.criteria)}</Table.Td>
                <Table.Td>{dateTime(r.updatedAt)}</Table.Td>
                <Table.Td className="editing-chrome">
                  <Group gap={4} wrap="nowrap">
                    <RowIconButton
                      icon={IconPencil}
                      onClick={() => void edit(r)}
                      label={t('selectionSetup.library.open', { name: r.name })}
                      testId="library.open"
                    />
                    <RowIconButton
                      icon={IconDownload}
                      onClick={() => void exportRubric(r)}
                      label={t('selectionSetup.library.export', { name: r.name })}
                      testId="library.export"
                    />
                    <RowIconButton
                      icon={IconTrash}
                      danger
                      onClick={() => setDeleting(r)}
                      label={t('selectionSetup.library.delete', { name: r.name })}
                      testId="library.delete"
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <Paper withBorder p="md" component="section" aria-labelledby="library-editor-title">
          <Title order={2} size="h4" mb="sm" id="library-editor-title">
            {open.id ? t('selectionSetup.rubric.nameVersion', { name: open.rubric.name, version: open.version }) : t('selectionSetup.library.newRubric')}
          </Title>
          <RubricEditor
            key={`${open.id ?? 'new'}-${open.version}`}
            initial={open.rubric}
            unsaved={open.id === null}
            onSave={save}
            onCancel={() => setOpen(null)}
            saveLabel={open.id ? t('selectionSetup.library.saveVersion', { version: open.version + 1 }) : t('selectionSetup.library.saveNew')}
          />
        </Paper>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('selectionSetup.library.deleteTitle')}
          message={t('selectionSetup.library.deleteConfirm', { name: deleting.name })}
          confirmLabel={t('selectionSetup.library.deleteButton')}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          testId="library.deleteDialog"
        />
      )}
    </Stack>
  );
}
