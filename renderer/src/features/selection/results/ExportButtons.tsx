import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../app/client';
import { notifyError } from '../../../app/notify';
import { downloadExported } from '../../stakeholders/io/downloadFile';

/** The results in the layout of Table 3.1 as CSV or XLSX, worded in the language on screen. */
export function ExportButtons({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      downloadExported(await call('selection.export.results', { sessionId, format, lang: i18n.language === 'en' ? 'en' : 'id' }));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs" className="editing-chrome">
      <Button
        variant="light"
        leftSection={<IconFileText size={18} aria-hidden />}
        loading={busy === 'csv'}
        onClick={() => void run('csv')}
        data-testid="results-export-csv"
      >
        {t('selectionResults.export.csv')}
      </Button>
      <Button
        variant="light"
        leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
        loading={busy === 'xlsx'}
        onClick={() => void run('xlsx')}
        data-testid="results-export-xlsx"
      >
        {t('selectionResults.export.xlsx')}
      </Button>
    </Group>
  );
}
