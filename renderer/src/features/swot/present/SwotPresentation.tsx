import { SegmentedControl, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrants, type Quadrant } from '../../../../../shared/domain/swot/codes';
import type { SwotBoard } from '../../../../../shared/domain/swot/schemas';
import { boardReferences } from '../../../../../shared/domain/swot/references';
import { itemsOf, rankedByDots } from '../boardModel';
import { quadrantTitle } from '../quadrantTitle';

type Shown = Quadrant | 'all';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * The SWOT on the projector: the four quadrants, or one enlarged, each ranked by dots with its
 * count, and nothing to edit. Keys 1–4 enlarge a quadrant and 0 shows all four again.
 */
export function SwotPresentation({ board }: { board: SwotBoard }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>('all');
  const refs = boardReferences(board).items;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const n = Number(e.key);
      if (e.key === '0') setShown('all');
      else if (n >= 1 && n <= 4) setShown(quadrants[n - 1]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const options = [
    { value: 'all', label: t('swotBoard.present.all') },
    ...quadrants.map((q, i) => ({ value: q, label: t('swotBoard.present.pick', { key: i + 1, name: t(`swot.codes.quadrants.${q}`) }) })),
  ];
  const visible = shown === 'all' ? quadrants : [shown];

  return (
    <div data-testid="swot-presentation" data-shown={shown}>
      <SegmentedControl
        data={options}
        value={shown}
        onChange={(v) => setShown(v as Shown)}
        aria-label={t('swotBoard.present.picker')}
        mb="sm"
        data-testid="swot-present-picker"
      />
      <div className={shown === 'all' ? 'swot-grid swot-grid--present' : 'swot-present-one'}>
        {visible.map((q) => {
          const items = rankedByDots(itemsOf(board, q));
          return (
            <section key={q} className={`swot-quadrant swot-quadrant--${q}`} aria-labelledby={`swot-present-${q}`} data-testid={`swot-present-${q}`}>
              <Title order={2} size="h3" id={`swot-present-${q}`} mb="xs">
                {quadrantTitle(t, q)}
              </Title>
              {items.length === 0 ? (
                <Text c="dimmed">{t('swotBoard.quadrant.empty')}</Text>
              ) : (
                <ol className="swot-present-list">
                  {items.map((item) => (
                    <li key={item.id} className="swot-present-item">
                      <span className="swot-present-item__dots" aria-hidden>
                        {item.dots}
                      </span>
                      <span className="wrap-anywhere">
                        <strong>{refs.get(item.id)}</strong> {item.text}
                      </span>
                      <VisuallyHidden>{t('swotBoard.card.dots', { dots: item.dots })}</VisuallyHidden>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
