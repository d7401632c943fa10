import { Menu } from '@mantine/core';
import { IconFileImport, IconPhoto, IconTable, IconTemplate, IconVectorTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/contract/app';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { call } from '../../../app/client';
import { notifyError } from '../../../app/notify';
import { FilesMenuButton } from '../../../ui/FilesMenuButton';
import { exportMapImage } from '../export/exportMapImage';
import type { MapViewState } from '../mapViewState';
import { downloadExported } from './downloadFile';
import { ImportDialog } from './ImportDialog';
import './io.css';

interface Props {
  clusterId: string;
  clusterName: string;
  map: StakeholderMap;
  /** The filters the page shows: the PNG / SVG prints the map as filtered, with the filters named. */
  view: MapViewState;
  /** After an import wrote to the map, so the page loads it again. */
  onChanged?: () => void;
}

const tables = ['actors', 'ties'] as const;
const formats = ['csv', 'xlsx'] as const;

/** The map page's "Import / export" button: import actors and ties, export tables, templates, Gephi files and images. */
export function MapIoMenu({ clusterId, clusterName, map, view, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const [importing, setImporting] = useState(false);
  const lang = i18n.language as Language;

  // Each export is one call; a failure is shown and the menu stays usable.
  const run = (work: () => Promise<void>) => void work().catch(notifyError);
  const item = (testId: string, icon: ReactNode, label: string, work: () => Promise<void>) => (
    <Menu.Item key={testId} leftSection={icon} onClick={() => run(work)} data-testid={testId}>
      {label}
    </Menu.Item>
  );
  const tableIcon = <IconTable size={16} aria-hidden />;
  const templateIcon = <IconTemplate size={16} aria-hidden />;

  return (
    <>
      <FilesMenuButton label={t('stakeholderImport.menu.button')} testId="map-io-menu" dropdownClassName="map-io-menu">
        <Menu.Item leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)} data-testid="import-open">
          {t('stakeholderImport.menu.import')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('stakeholderImport.menu.exportTables')}</Menu.Label>
        {tables.flatMap((what) =>
          formats.map((format) =>
            item(`export-${what}-${format}`, tableIcon, t(`stakeholderImport.menu.${what}`, { format: format.toUpperCase() }), async () =>
              downloadExported(await call('stakeholders.export.table', { clusterId, what, format, lang })),
            ),
          ),
        )}
        <Menu.Label>{t('stakeholderImport.menu.templates')}</Menu.Label>
        {tables.flatMap((what) =>
          formats.map((format) =>
            item(`export-template-${what}-${format}`, templateIcon, t(`stakeholderImport.menu.template.${what}`, { format: format.toUpperCase() }), async () =>
              downloadExported(await call('stakeholders.export.template', { what, format, lang })),
            ),
          ),
        )}
        <Menu.Label>{t('stakeholderImport.menu.network')}</Menu.Label>
        {(['gexf', 'graphml'] as const).map((format) =>
          item(`export-${format}`, <IconVectorTriangle size={16} aria-hidden />, t(`stakeholderImport.menu.${format}`), async () =>
            downloadExported(await call('stakeholders.export.graph', { clusterId, format })),
          ),
        )}
        <Menu.Label>{t('stakeholderImport.menu.image')}</Menu.Label>
        {(['png', 'svg'] as const).map((format) =>
          item(`export-${format}`, <IconPhoto size={16} aria-hidden />, t(`stakeholderImport.menu.${format}`), () =>
            exportMapImage(format, { map, view, clusterName, t, language: lang }),
          ),
        )}
      </FilesMenuButton>
      {importing && <ImportDialog clusterId={clusterId} onClose={() => setImporting(false)} onImported={onChanged} />}
    </>
  );
}
