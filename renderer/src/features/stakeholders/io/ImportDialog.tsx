import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFile, ImportReport } from '../../../../../shared/contract/stakeholders';
import { call } from '../../../app/client';
import { errorMessage, notifyDone } from '../../../app/notify';
import { useCommit } from '../../../app/useCommit';
import { Dialog } from '../../../ui/Dialog';
import { ErrorText } from '../../../ui/ErrorText';
import { ImportReportView } from './ImportReportView';
import { readFileBase64 } from './readFileBase64';
import { TemplateLinks } from './TemplateLinks';
import './io.css';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Which = 'actors' | 'ties';
interface Picked {
  file: File;
  /** The bytes as read when picked; null while refused (too large). */
  data: ImportFile | null;
  refused: string | null;
}

/**
 * Import actors and ties: pick the files, check them (nothing written), read the report, then
 * import all of it (clean) or, explicitly, only the good rows. One undoable step.
 */
export function ImportDialog({ clusterId, onClose, onImported }: { clusterId: string; onClose: () => void; onImported?: () => void }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const [picked, setPicked] = useState<Record<Which, Picked | null>>({ actors: null, ties: null });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  // The report arrives below the fields: bring it into view and read it out.
  useEffect(() => {
    reportHeading.current?.focus({ preventScroll: true });
    reportHeading.current?.scrollIntoView({ block: 'start' });
  }, [report]);

  const choose = async (which: Which, file: File | null) => {
    // A new file makes the last report stale: it must be checked again before importing.
    setReport(null);
    setFailure(null);
    if (!file) return setPicked((p) => ({ ...p, [which]: null }));
    const read = await readFileBase64(file).catch(() => ({ refused: 'errors.importUnreadable' }));
    setPicked((p) => ({ ...p, [which]: 'refused' in read ? { file, data: null, refused: read.refused } : { file, data: read, refused: null } }));
  };
  const input = () => ({ clusterId, actors: picked.actors?.data ?? null, ties: picked.ties?.data ?? null });
  const ready = (picked.actors || picked.ties) && !picked.actors?.refused && !picked.ties?.refused;

  const check = async () => {
    setBusy('check');
    setFailure(null);
    try {
      setReport(await call('stakeholders.import.check', input()));
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const apply = async (acceptPartial: boolean) => {
    setBusy('apply');
    setFailure(null);
    try {
      const done = await commit(() => call('stakeholders.import.apply', { ...input(), acceptPartial }));
      notifyDone(t('stakeholderImport.done', { actors: done.actors.valid, ties: done.ties.valid }));
      onImported?.();
      onClose();
    } catch (e) {
      // useCommit has shown it as a notification; the dialog keeps it in view beside the report.
      setFailure(errorMessage(e));
      setBusy(null);
    }
  };

  const good = report ? report.actors.valid + report.ties.valid : 0;
  const fileField = (which: Which) => (
    <FileInput
      label={t(`stakeholderImport.${which}File`)}
      description={t(`stakeholderImport.${which}FileHint`)}
      placeholder={t('stakeholderImport.choose')}
      accept={ACCEPT}
      clearable
      clearButtonProps={{ 'aria-label': t('stakeholderImport.clearFile') }}
      leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
      value={picked[which]?.file ?? null}
      onChange={(f) => void choose(which, f)}
      error={picked[which]?.refused ? t(picked[which].refused) : undefined}
      data-testid={`import-${which}-file-button`}
      fileInputProps={{ 'data-testid': `import-${which}-file` } as ComponentProps<'input'>}
    />
  );

  return (
    <Dialog opened onClose={onClose} title={t('stakeholderImport.title')} size="xl" data-testid="import-dialog">
      <Stack>
        <Text size="sm">{t('stakeholderImport.explain')}</Text>
        <TemplateLinks />
        {fileField('actors')}
        {fileField('ties')}
        <Group justify="flex-end">
          <Button variant={report ? 'default' : 'filled'} onClick={() => void check()} disabled={!ready} loading={busy === 'check'} data-testid="import-check">
            {t('stakeholderImport.check')}
          </Button>
        </Group>
        {report && <ImportReportView report={report} ref={reportHeading} />}
        <ErrorText message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          {report && report.problems.length === 0 && good > 0 && (
            <Button onClick={() => void apply(false)} loading={busy === 'apply'} data-testid="import-apply">
              {t('stakeholderImport.apply')}
            </Button>
          )}
          {report && report.problems.length > 0 && good > 0 && (
            <Button onClick={() => void apply(true)} loading={busy === 'apply'} data-testid="import-apply-partial">
              {t('stakeholderImport.applyPartial', { count: good })}
            </Button>
          )}
        </Group>
        {report && good === 0 && (
          <Text size="sm" data-testid="import-nothing">
            {t('stakeholderImport.nothingGood')}
          </Text>
        )}
      </Stack>
    </Dialog>
  );
}
