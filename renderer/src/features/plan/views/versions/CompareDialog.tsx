import { Alert, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { comparePlans } from '../../../../../../shared/domain/plan';
import type { PlanVersionMeta, PlanView } from '../../../../../../shared/domain/plan/types';
import { useFormatters } from '../../../../app/formatters';
import { Dialog } from '../../../../ui/Dialog';
import { PlanDiffView } from './PlanDiffView';
import { useVersion } from './useVersion';

/** The draft compared with a frozen version: what changed since the forum received it. */
export function CompareDialog({ meta, draft, onClose }: { meta: PlanVersionMeta; draft: PlanView; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const version = useVersion(meta.id);
  const diff = useMemo(() => (version ? comparePlans(version.doc, draft) : null), [version, draft]);
  return (
    <Dialog opened onClose={onClose} title={t('planViews.compare.title', { label: meta.label })} size="80rem">
      <div data-testid="plan-compare-dialog">
        <Alert color="blue" mb="sm">
          {t('planViews.compare.intro', { label: meta.label, date: fmt.dateTime(meta.frozenAt) })}
        </Alert>
        {diff ? <PlanDiffView diff={diff} funding={draft.funding} /> : <Loader aria-label={t('common.loading')} />}
      </div>
    </Dialog>
  );
}
