import { describe, expect, it } from 'vitest';
import { brokerTargets } from '../../../../shared/domain/stakeholders/metrics/brokers';
import panelsEn from '../../../../shared/i18n/stakeholderPanels.en.json';
import panelsId from '../../../../shared/i18n/stakeholderPanels.id.json';
import { brokerRoutes } from '../../../../renderer/src/features/stakeholders/panels/brokerRoutes';
import { figureFormat } from '../../../../renderer/src/features/stakeholders/panels/useFigureFormat';

describe("a broker's line", () => {
  // 1.5 of 4 pairs: one pair's only route and half of another's two equal routes run through it.
  const broker = { actorId: 'kop', name: 'Kop', pairs: 1.5, share: 0.375 };

  it('keeps the half pair, in each language’s decimal sign, and names the pairs it is a share of', () => {
    expect(brokerRoutes(broker, figureFormat('id-ID'))).toEqual({ share: '37,5%', pairs: '1,5', total: '4' });
    expect(brokerRoutes(broker, figureFormat('en-GB')).pairs).toBe('1.5');
    expect(brokerRoutes({ ...broker, pairs: 4, share: 1 }, figureFormat('en-GB'))).toEqual({ share: '100.0%', pairs: '4', total: '4' });
  });

  it('has its words for every group of targets in both languages', () => {
    for (const target of brokerTargets) {
      expect(panelsId.stakeholderPanels.capital.brokerRoutes[target]).toContain('{{pairs}}');
      expect(panelsEn.stakeholderPanels.capital.brokerRoutes[target]).toContain('{{total}}');
    }
  });
});
