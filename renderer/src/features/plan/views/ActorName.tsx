import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActorRef } from '../../../../../shared/domain/plan/types';

/** An actor's name as the plan keeps it; one deleted from the map keeps its name, marked in words. */
export function ActorName({ actor }: { actor: ActorRef | null }) {
  const { t } = useTranslation();
  if (!actor) return <span className="plan-view__missing">{t('planViews.common.noLead')}</span>;
  return (
    <span className="wrap-anywhere">
      {actor.name}
      {actor.deleted && (
        <Badge variant="outline" color="gray" size="sm" ml={4} className="plan-view__deleted">
          {t('planViews.common.deleted')}
        </Badge>
      )}
    </span>
  );
}
