import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/contract/app';
import { call } from '../../app/client';
import { notifyError } from '../../app/notify';
import { FilesMenuButton } from '../../ui/FilesMenuButton';
import { downloadExported } from '../stakeholders/io/downloadFile';

const formats = ['xlsx', 'csv'] as const;

/** The SWOT and TOWS as a table file (XLSX or CSV), in the language the screen is in. */
export function SwotExportMenu({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation();
  const run = (format: (typeof formats)[number]) =>
    call('swot.export', { clusterId, format, lang: i18n.language as Language }).then(downloadExported, notifyError);
  return (
    <FilesMenuButton label={t('swotBoard.export.button')} testId="swot-export">
      {formats.map((format) => (
        <Menu.Item key={format} onClick={() => void run(format)} data-testid={`swot-export-${format}`}>
          {t('swotBoard.export.as', { format: format.toUpperCase() })}
        </Menu.Item>
      ))}
    </FilesMenuButton>
  );
}
