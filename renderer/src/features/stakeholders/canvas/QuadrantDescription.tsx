import { useTranslation } from 'react-i18next';
import { quadrantKeys, quadrantLabelKey, quadrantOf, type QuadrantKey } from '../../../../../shared/domain/stakeholders/layouts/powerInterestQuadrants';
import type { MapActor } from '../../../../../shared/domain/stakeholders/schemas';

/**
 * The power–interest grid in words, for screen readers: the canvas alone draws the quadrants' names
 * and the axes. Lists the four quadrants and the actors shown in each, by name.
 */
export function QuadrantDescription({ actors }: { actors: readonly MapActor[] }) {
  const { t } = useTranslation();
  const names = new Map<QuadrantKey, string[]>(quadrantKeys.map((k) => [k, []]));
  for (const a of actors) names.get(quadrantOf(a.influence, a.interest))!.push(a.name);
  return (
    <div className="sr-only" data-testid="map-quadrant-description">
      <p>{t('stakeholderMap.quadrants.title', { influence: t('stakeholderLayouts.axes.influence'), interest: t('stakeholderLayouts.axes.interest') })}</p>
      <ul>
        {quadrantKeys.map((k) => {
          const inside = names.get(k)!.sort((a, b) => a.localeCompare(b));
          const quadrant = t(quadrantLabelKey(k));
          return (
            <li key={k}>
              {inside.length === 0
                ? t('stakeholderMap.quadrants.empty', { quadrant })
                : t('stakeholderMap.quadrants.members', { quadrant, count: inside.length, names: inside.join(', ') })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
