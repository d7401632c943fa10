import { Alert, Loader, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersionMeta, PlanView } from '../../../../../../shared/domain/plan/types';
import { useFormatters } from '../../../../app/formatters';
import { Dialog } from '../../../../ui/Dialog';
import type { PlanViewActions } from '../planViewActions';
import type { PlanViewTab } from '../planViewTabs';
import { useVersion } from './useVersion';

/**
 * A frozen version opened read-only, in the same views as the draft. A program named in it opens
 * the draft's program of the same id, where the draft still has it.
 */
export function VersionViewer({
  meta,
  draft,
  tabs,
  actions,
  onClose,
}: {
  meta: PlanVersionMeta;
  draft: PlanView;
  tabs: PlanViewTab[];
  actions: PlanViewActions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const version = useVersion(meta.id);
  const shown = useMemo(() => tabs.filter((tab) => tab.frozen), [tabs]);
  const [tab, setTab] = useState(shown[0]?.key ?? '');
  const view: PlanView | null = useMemo(
    () => (version ? { ...version.doc, exists: true, versions: [], context: draft.context } : null),
    [version, draft.context],
  );
  const frozenActions: PlanViewActions = {
    openProgram: (id, field) => {
      if (!draft.programs.some((p) => p.id === id)) return;
      onClose();
      actions.openProgram(id, field);
    },
    openStrategy: (id) => {
      onClose();
      actions.openStrategy(id);
    },
    openHeader: () => {
      onClose();
      actions.openHeader();
    },
    reload: () => actions.reload(),
  };
  return (
    <Dialog opened onClose={onClose} title={t('planViews.versions.viewerTitle', { label: meta.label })} fullScreen>
      <div data-testid="plan-version-viewer">
        <Alert color="blue" mb="sm">
          {t('planViews.versions.readOnly', { date: fmt.dateTime(meta.frozenAt) })}
        </Alert>
        {!view ? (
          <Loader aria-label={t('common.loading')} />
        ) : (
          <Tabs value={tab} onChange={(v) => setTab(v ?? tab)} keepMounted={false}>
            <Tabs.List mb="sm">
              {shown.map((s) => (
                <Tabs.Tab key={s.key} value={s.key} data-testid={`plan-version-${s.testId}`}>
                  {t(s.labelKey)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {shown.map((s) => (
              <Tabs.Panel key={s.key} value={s.key}>
                {s.render(view, frozenActions)}
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </div>
    </Dialog>
  );
}
