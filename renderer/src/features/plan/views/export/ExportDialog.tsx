import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../../shared/contract/app';
import { paperSizes, printDocuments, type PaperSize, type PrintDocument } from '../../../../../../shared/domain/plan/codes';
import { call } from '../../../../app/client';
import { errorMessage, notifyDone } from '../../../../app/notify';
import { Dialog } from '../../../../ui/Dialog';
import { downloadExported } from '../../../stakeholders/io/downloadFile';
import { PreviewPane } from './PreviewPane';

const formats = ['pdf', 'docx', 'xlsx'] as const;
type Format = (typeof formats)[number];

/** The profile is one printed page: only PDF makes sense for it; the XLSX holds the plan's tables. */
const allowed = (what: PrintDocument, format: Format) => what === 'plan' || format === 'pdf';

/**
 * What to export (the forum plan or the one-page profile), as what (PDF, DOCX, XLSX), in which
 * language and on which paper, with the print document previewed beside the choices. Saving
 * waits for Chromium to print; a failure says why in the user's language and saves nothing.
 */
export function ExportDialog({ clusterId, onClose }: { clusterId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [what, setWhat] = useState<PrintDocument>('plan');
  const [format, setFormat] = useState<Format>('pdf');
  const [lang, setLang] = useState<Language>(i18n.language === 'en' ? 'en' : 'id');
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const file = await call('plan.export', { clusterId, what, format, lang, paper });
      downloadExported(file);
      notifyDone(t('planViews.export.saved', { file: file.fileName }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  const chooseWhat = (v: string) => {
    const next = v as PrintDocument;
    setWhat(next);
    if (!allowed(next, format)) setFormat('pdf');
  };
  const control = (
    label: string,
    testId: string,
    value: string,
    onChange: (v: string) => void,
    data: { value: string; label: string; disabled?: boolean }[],
    // Long names (the documents, the papers) stand one under the other rather than being cut.
    orientation: 'horizontal' | 'vertical' = 'horizontal',
  ) => (
    <Stack gap={4}>
      <Text fw={600} id={`${testId}-label`}>
        {label}
      </Text>
      <SegmentedControl
        value={value}
        onChange={onChange}
        data={data}
        orientation={orientation}
        fullWidth
        aria-labelledby={`${testId}-label`}
        disabled={saving}
        data-testid={testId}
      />
    </Stack>
  );

  return (
    <Dialog opened onClose={onClose} title={t('planViews.export.title')} size="90rem">
      <div className="plan-export" data-testid="plan-export-dialog">
        <Stack gap="md" className="plan-export__choices">
          {control(
            t('planViews.export.what'),
            'plan-export-what',
            what,
            chooseWhat,
            printDocuments.map((d) => ({ value: d, label: t(`plan.codes.documents.${d}`) })),
            'vertical',
          )}
          {control(
            t('planViews.export.format'),
            'plan-export-format',
            format,
            (v) => setFormat(v as Format),
            formats.map((f) => ({ value: f, label: t(`planViews.export.formats.${f}`), disabled: !allowed(what, f) })),
          )}
          {control(t('planViews.export.language'), 'plan-export-lang', lang, (v) => setLang(v as Language), [
            { value: 'id', label: t('planViews.export.languages.id') },
            { value: 'en', label: t('planViews.export.languages.en') },
          ])}
          {control(
            t('planViews.export.paper'),
            'plan-export-paper',
            paper,
            (v) => setPaper(v as PaperSize),
            paperSizes.map((p) => ({ value: p, label: t(`plan.codes.paper.${p}`), disabled: format === 'xlsx' })),
            'vertical',
          )}
          {error && (
            <Alert color="red" title={t('planViews.export.failed')} role="alert" data-testid="plan-export-error">
              {error}
            </Alert>
          )}
          {saving && (
            <Group gap="xs" role="status" data-testid="plan-export-progress">
              <Loader size="sm" />
              <Text>{format === 'pdf' ? t('planViews.export.printing') : t('planViews.export.writing')}</Text>
            </Group>
          )}
          <Group justify="flex-end" mt="auto">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('common.cancel')}
            </Button>
            <Button leftSection={<IconDownload size={18} aria-hidden />} loading={saving} onClick={() => void save()} data-testid="plan-export-save">
              {t('planViews.export.save')}
            </Button>
          </Group>
        </Stack>
        <PreviewPane clusterId={clusterId} what={what} lang={lang} paper={paper} />
      </div>
    </Dialog>
  );
}
