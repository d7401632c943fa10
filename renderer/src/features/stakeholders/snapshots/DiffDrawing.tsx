import { Button, Group, Switch, Text, VisuallyHidden } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Up to this many actors the drawing opens at its own size: scaled to fit, its names would be too
 * small to read and would run into each other. Bigger maps open fitted, to be seen whole first.
 */
export const ACTUAL_SIZE_UP_TO = 60;

/**
 * The comparison drawn: one map with what was added, removed and changed marked, at its own size
 * (to read the names) or scaled to the screen, and saved as the same SVG. The tables below say the
 * same in words for screen readers.
 */
export function DiffDrawing({ svg, actorCount, onSave, description }: { svg: string; actorCount: number; onSave: () => void; description: string }) {
  const { t } = useTranslation();
  const [actualSize, setActualSize] = useState(actorCount <= ACTUAL_SIZE_UP_TO);
  return (
    <section aria-labelledby="snapshot-diff-drawing-title">
      <Group justify="space-between" mb={4}>
        <Text fw={600} id="snapshot-diff-drawing-title">
          {t('stakeholderSnapshots.diff.drawingHeading')}
        </Text>
        <Group gap="md">
          <Switch
            label={t('stakeholderSnapshots.diff.actualSize')}
            checked={actualSize}
            onChange={(e) => setActualSize(e.currentTarget.checked)}
            data-testid="snapshot-diff-actual-size"
          />
          <Button variant="light" size="compact-sm" leftSection={<IconDownload size={16} aria-hidden />} onClick={onSave} data-testid="snapshot-diff-save-svg">
            {t('stakeholderSnapshots.diff.saveSvg')}
          </Button>
        </Group>
      </Group>
      <VisuallyHidden>{description}</VisuallyHidden>
      {/* mapToSvg escapes every text it prints (names come from users), so its markup is inserted as is.
          At its own size the box scrolls, and takes the focus so the arrow keys scroll it. */}
      <div
        className={actualSize ? 'snapshot-diff__svg snapshot-diff__svg--actual' : 'snapshot-diff__svg'}
        tabIndex={actualSize ? 0 : undefined}
        data-testid="snapshot-diff-svg"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </section>
  );
}
