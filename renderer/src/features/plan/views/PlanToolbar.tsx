import { Button, Group } from '@mantine/core';
import { IconFileExport, IconHistory, IconSnowflake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersionMeta, PlanView } from '../../../../../shared/domain/plan/types';
import { useFormatters } from '../../../app/formatters';
import { ExportDialog } from './export/ExportDialog';
import type { PlanViewActions } from './planViewActions';
import { planViewTabs } from './planViewTabs';
import { CompareDialog } from './versions/CompareDialog';
import { FreezeDialog } from './versions/FreezeDialog';
import { VersionsDialog } from './versions/VersionsDialog';
import { VersionViewer } from './versions/VersionViewer';

type Open = { dialog: 'freeze' | 'versions' | 'export' } | { dialog: 'view' | 'compare'; version: PlanVersionMeta } | null;

/**
 * The plan page's header buttons: freeze the draft as a version, the versions (open one
 * read-only, compare it with the draft, delete it), and export with a preview. Editing chrome:
 * presentation mode hides it.
 */
export function PlanToolbar({ view, actions }: { view: PlanView; actions: PlanViewActions }) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Group gap="xs" wrap="nowrap" className="editing-chrome" data-testid="plan-toolbar">
      <Button variant="default" leftSection={<IconSnowflake size={18} aria-hidden />} onClick={() => setOpen({ dialog: 'freeze' })} data-testid="plan-freeze">
        {t('planViews.versions.freeze')}
      </Button>
      <Button variant="default" leftSection={<IconHistory size={18} aria-hidden />} onClick={() => setOpen({ dialog: 'versions' })} data-testid="plan-versions">
        {t('planViews.versions.button', { count: view.versions.length })}
      </Button>
      <Button leftSection={<IconFileExport size={18} aria-hidden />} onClick={() => setOpen({ dialog: 'export' })} data-testid="plan-export">
        {t('planViews.export.button')}
      </Button>
      {open?.dialog === 'freeze' && <FreezeDialog clusterId={view.clusterId} locale={locale} onFrozen={() => actions.reload()} onClose={close} />}
      {open?.dialog === 'versions' && (
        <VersionsDialog
          view={view}
          onOpen={(version) => setOpen({ dialog: 'view', version })}
          onCompare={(version) => setOpen({ dialog: 'compare', version })}
          onDeleted={() => actions.reload()}
          onClose={close}
        />
      )}
      {open?.dialog === 'view' && <VersionViewer meta={open.version} draft={view} tabs={planViewTabs} actions={actions} onClose={close} />}
      {open?.dialog === 'compare' && <CompareDialog meta={open.version} draft={view} onClose={close} />}
      {open?.dialog === 'export' && <ExportDialog clusterId={view.clusterId} onClose={close} />}
    </Group>
  );
}
