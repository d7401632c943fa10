import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useAppState } from '../../app/AppState';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info } = useAppState();
  return (
    <Dialog opened onClose={onClose} title={t('about.title')}>
      <Stack gap="xs">
        <Text fw={700}>Sentra {info?.version}</Text>
        <Text>{t('about.purpose')}</Text>
        <Text size="sm" className="wrap-anywhere">
          {t('about.dataDir', { dir: info?.dataDir ?? '' })}
        </Text>
        <Text size="sm" className="wrap-anywhere">
          {t('about.workspacesDir', { dir: info?.defaultDir ?? '' })}
        </Text>
      </Stack>
    </Dialog>
  );
}
