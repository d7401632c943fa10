import { useTranslation } from 'react-i18next';
import type { RankChange } from './resultRows';
import { useResultFormat } from './resultFormat';

/** "↑ up 2", "↓ down 1" or "= same": the arrow for the eye, the words for everyone. */
export function RankChangeText({ change }: { change: RankChange | undefined }) {
  const { t } = useTranslation();
  const fmt = useResultFormat();
  if (!change || change.gained === 0) return <span className="rank-change">{t('selectionResults.live.same')}</span>;
  const up = change.gained > 0;
  return (
    <span className="rank-change" data-testid="rank-change" data-direction={up ? 'up' : 'down'}>
      <span aria-hidden>{up ? '↑ ' : '↓ '}</span>
      {t(up ? 'selectionResults.live.up' : 'selectionResults.live.down', { places: fmt.count(Math.abs(change.gained)) })}
    </span>
  );
}
