import type { Determinant } from '../codes';
import type { Criterion, Dimension, Rubric } from '../schemas';

/** Text from the catalogs in the user's language (i18next's `t`). */
export type TemplateText = (key: string) => string;

const criterion = (id: string, max: number, determinant: Determinant | null, name: string, description: string): Criterion => ({
  id,
  name,
  description,
  max,
  weight: 1,
  determinant,
});

function dimension(id: string, name: string, description: string, criteria: Criterion[], optional = false): Dimension {
  return { id, name, description, total: criteria.reduce((s, c) => s + c.max, 0), weight: 1, optional, enabled: !optional, criteria };
}

/**
 * The default rubric on JICA's published scale: growth opportunity (54 points) over Porter's
 * four diamond determinants, action-taking capacity (36), and social capital (20, off until
 * switched on), the criterion JICA's pilots taught it to add. JICA published only the two
 * totals, so every sub-criterion here is Sentra's suggestion, and the texts say so.
 */
export function jicaRubric(t: TemplateText): Rubric {
  return {
    name: t('selectionTemplate.jica.name'),
    note: t('selectionTemplate.jica.note'),
    dimensions: [
      dimension('growth', t('selectionTemplate.jica.growth.name'), t('selectionTemplate.jica.growth.description'), [
        criterion('factorInputs', 5, 'factor', t('selectionTemplate.jica.factorInputs.name'), t('selectionTemplate.jica.factorInputs.description')),
        criterion('factorSkills', 5, 'factor', t('selectionTemplate.jica.factorSkills.name'), t('selectionTemplate.jica.factorSkills.description')),
        criterion(
          'factorInfrastructure',
          5,
          'factor',
          t('selectionTemplate.jica.factorInfrastructure.name'),
          t('selectionTemplate.jica.factorInfrastructure.description'),
        ),
        criterion('demandMarket', 8, 'demand', t('selectionTemplate.jica.demandMarket.name'), t('selectionTemplate.jica.demandMarket.description')),
        criterion('demandBuyers', 7, 'demand', t('selectionTemplate.jica.demandBuyers.name'), t('selectionTemplate.jica.demandBuyers.description')),
        criterion(
          'relatedSuppliers',
          6,
          'related',
          t('selectionTemplate.jica.relatedSuppliers.name'),
          t('selectionTemplate.jica.relatedSuppliers.description'),
        ),
        criterion('relatedSupport', 6, 'related', t('selectionTemplate.jica.relatedSupport.name'), t('selectionTemplate.jica.relatedSupport.description')),
        criterion(
          'strategyEntrepreneurs',
          6,
          'strategy',
          t('selectionTemplate.jica.strategyEntrepreneurs.name'),
          t('selectionTemplate.jica.strategyEntrepreneurs.description'),
        ),
        criterion('strategyRivalry', 6, 'strategy', t('selectionTemplate.jica.strategyRivalry.name'), t('selectionTemplate.jica.strategyRivalry.description')),
      ]),
      dimension('action', t('selectionTemplate.jica.action.name'), t('selectionTemplate.jica.action.description'), [
        criterion('actionAttendance', 9, null, t('selectionTemplate.jica.actionAttendance.name'), t('selectionTemplate.jica.actionAttendance.description')),
        criterion('actionInitiative', 9, null, t('selectionTemplate.jica.actionInitiative.name'), t('selectionTemplate.jica.actionInitiative.description')),
        criterion('actionCooperation', 9, null, t('selectionTemplate.jica.actionCooperation.name'), t('selectionTemplate.jica.actionCooperation.description')),
        criterion(
          'actionContribution',
          9,
          null,
          t('selectionTemplate.jica.actionContribution.name'),
          t('selectionTemplate.jica.actionContribution.description'),
        ),
      ]),
      dimension(
        'social',
        t('selectionTemplate.jica.social.name'),
        t('selectionTemplate.jica.social.description'),
        [
          criterion('socialBonding', 5, 'socialCapital', t('selectionTemplate.jica.socialBonding.name'), t('selectionTemplate.jica.socialBonding.description')),
          criterion(
            'socialBridging',
            5,
            'socialCapital',
            t('selectionTemplate.jica.socialBridging.name'),
            t('selectionTemplate.jica.socialBridging.description'),
          ),
          criterion('socialTrust', 5, 'socialCapital', t('selectionTemplate.jica.socialTrust.name'), t('selectionTemplate.jica.socialTrust.description')),
          criterion('socialPassion', 5, 'socialCapital', t('selectionTemplate.jica.socialPassion.name'), t('selectionTemplate.jica.socialPassion.description')),
        ],
        true,
      ),
    ],
  };
}

/**
 * JICA's published totals as a rubric of two one-criterion dimensions (54 and 36 points):
 * for a session that holds Table 3.1's scores, where the sub-scores were never published.
 */
export function jicaTotalsRubric(t: TemplateText): Rubric {
  return {
    name: t('selectionTemplate.totals.name'),
    note: t('selectionTemplate.totals.note'),
    dimensions: [
      dimension('growth', t('selectionTemplate.totals.growth.name'), t('selectionTemplate.totals.growth.description'), [
        criterion('growthTotal', 54, null, t('selectionTemplate.totals.growthTotal.name'), t('selectionTemplate.totals.growthTotal.description')),
      ]),
      dimension('action', t('selectionTemplate.totals.action.name'), t('selectionTemplate.totals.action.description'), [
        criterion('actionTotal', 36, null, t('selectionTemplate.totals.actionTotal.name'), t('selectionTemplate.totals.actionTotal.description')),
      ]),
    ],
  };
}
