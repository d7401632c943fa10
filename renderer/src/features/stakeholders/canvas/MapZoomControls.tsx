import { ActionIcon, Stack, Tooltip } from '@mantine/core';
import { IconMaximize, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

/** Zoom in, zoom out and show everything: kept in presentation mode, where the room asks to see a part. */
export function MapZoomControls({ onFit }: { onFit: () => void }) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const buttons = [
    { key: 'zoomIn', testId: 'map-zoom-in', icon: <IconZoomIn size={20} />, run: () => void rf.zoomIn() },
    { key: 'zoomOut', testId: 'map-zoom-out', icon: <IconZoomOut size={20} />, run: () => void rf.zoomOut() },
    { key: 'fit', testId: 'map-fit', icon: <IconMaximize size={20} />, run: onFit },
  ];
  return (
    <Stack gap={4} className="map-zoom" role="group" aria-label={t('stakeholderMap.zoom.label')}>
      {buttons.map((b) => (
        <Tooltip key={b.key} label={t(`stakeholderMap.zoom.${b.key}`)} position="right" withArrow>
          <ActionIcon variant="default" size="lg" aria-label={t(`stakeholderMap.zoom.${b.key}`)} onClick={b.run} data-testid={b.testId}>
            {b.icon}
          </ActionIcon>
        </Tooltip>
      ))}
    </Stack>
  );
}
