import type { TFunction } from 'i18next';
import type { Quadrant } from '../../../../shared/domain/swot/codes';
import { quadrantLetter } from '../../../../shared/domain/swot/references';

/** A quadrant's heading with the letter its items are cited by: "Kekuatan (S)". */
export function quadrantTitle(t: TFunction, quadrant: Quadrant): string {
  return t('swotBoard.quadrant.title', { letter: quadrantLetter[quadrant], name: t(`swot.codes.quadrants.${quadrant}`) });
}
