import type { BrokerGroup } from '../../../../../shared/domain/stakeholders/metrics/types';
import type { figureFormat } from './useFigureFormat';

/**
 * The figures of one broker's line, formatted: the share of the shortest SME–group routes through
 * it, its pairs (a pair with two equally short routes, one through it, counts a half: one decimal)
 * and the number of connected pairs, which the share is of (pairs ÷ share, recovered).
 */
export function brokerRoutes(broker: BrokerGroup['brokers'][number], fmt: ReturnType<typeof figureFormat>) {
  return {
    share: fmt.share(broker.share),
    pairs: fmt.tenths(broker.pairs),
    total: fmt.count(broker.share > 0 ? Math.round(broker.pairs / broker.share) : undefined),
  };
}
