import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/AppState';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info } = useAppState();
  return (
    <Modal opened onClose={onClose} title={t('about.title')}>
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
    </Modal>
  );
}
