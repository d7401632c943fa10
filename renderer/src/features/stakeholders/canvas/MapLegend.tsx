import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorKinds, sectors, tieTypes, type ActorKind } from '../../../../../shared/domain/stakeholders/codes';
import { kindShape, sectorColour, tieStyle, type NodeShape } from '../../../../../shared/domain/stakeholders/drawing/mapStyle';
import { shapePath } from './traceShape';

/** Kinds grouped by the shape they share, in the order the shapes first appear. */
function kindsByShape(): [NodeShape, ActorKind[]][] {
  const groups = new Map<NodeShape, ActorKind[]>();
  for (const k of actorKinds) groups.set(kindShape[k], [...(groups.get(kindShape[k]) ?? []), k]);
  return [...groups];
}

function Swatch({ d, fill, stroke, dash, width = 18 }: { d: string; fill?: string; stroke?: string; dash?: readonly number[]; width?: number }) {
  return (
    <svg width={width} height={18} viewBox={`0 0 ${width} 18`} aria-hidden="true" className="map-legend__swatch">
      <path d={d} fill={fill ?? 'none'} stroke={stroke ?? 'none'} strokeWidth={stroke ? 2.5 : 0} strokeDasharray={dash?.join(' ')} />
    </svg>
  );
}

/**
 * What the map's marks mean: sector colours, kind shapes, tie styles, and that size is influence and
 * width is strength. Collapsible, and kept in presentation mode, where a room needs it most: there
 * (`compact`) its large type shows the sectors only until asked for the rest, and it scrolls in its box.
 */
export function MapLegend({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const [more, setMore] = useState(false);
  const whole = !compact || more;
  return (
    <aside className="map-legend" aria-labelledby="map-legend-title" data-testid="map-legend">
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls="map-legend-body"
        rightSection={open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
        data-testid="map-legend-toggle"
      >
        <span id="map-legend-title">{t('stakeholderMap.legend.title')}</span>
      </Button>
      <Collapse expanded={open} id="map-legend-body">
        <Stack gap={6} className="map-legend__body">
          <Text className="map-legend__heading">{t('stakeholders.fields.sector')}</Text>
          {sectors.map((s) => (
            <Group key={s} gap={6} wrap="nowrap">
              <Swatch d={shapePath('circle', 9, 9, 7)} fill={sectorColour[s]} />
              <Text className="map-legend__item">{t(`stakeholders.codes.sector.${s}`)}</Text>
            </Group>
          ))}
          {compact && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setMore((m) => !m)}
              aria-expanded={more}
              aria-controls="map-legend-more"
              rightSection={more ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
              data-testid="map-legend-more"
            >
              {t(more ? 'stakeholderMap.legend.less' : 'stakeholderMap.legend.more')}
            </Button>
          )}
          {whole && (
            <Stack gap={6} id="map-legend-more">
              <Text className="map-legend__heading">{t('stakeholders.fields.kind')}</Text>
              {kindsByShape().map(([shape, kinds]) => (
                <Group key={shape} gap={6} wrap="nowrap" align="flex-start">
                  <Swatch d={shapePath(shape, 9, 9, 6.5)} fill="#495057" />
                  <Text className="map-legend__item">{kinds.map((k) => t(`stakeholders.codes.kind.${k}`)).join(', ')}</Text>
                </Group>
              ))}
              <Text className="map-legend__heading">{t('stakeholderMap.legend.ties')}</Text>
              {tieTypes.map((type) => (
                <Group key={type} gap={6} wrap="nowrap">
                  <Swatch d="M1 9 L35 9" stroke={tieStyle[type].colour} dash={tieStyle[type].dash} width={36} />
                  <Text className="map-legend__item">{t(`stakeholders.codes.tieType.${type}`)}</Text>
                </Group>
              ))}
              <Text className="map-legend__note">{t('stakeholderMap.legend.size')}</Text>
              <Text className="map-legend__note">{t('stakeholderMap.legend.width')}</Text>
              <Text className="map-legend__note">{t('stakeholderMap.legend.arrow')}</Text>
            </Stack>
          )}
        </Stack>
      </Collapse>
    </aside>
  );
}
