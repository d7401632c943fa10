import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/AppState';
import { call } from '../app/client';
import { notifyError } from '../app/notify';

/** A folder path typed in, with a native "Browse…" picker where the host has one (Electron). */
export function FolderField({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  const { t } = useTranslation();
  const { info } = useAppState();
  const browse = async () => {
    try {
      const picked = await call('app.pickPath', { mode: 'folder' });
      if (picked) onChange(picked);
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Group align="end" gap="xs" wrap="nowrap">
      <TextInput style={{ flex: 1 }} label={t('workspace.folder')} value={value} onChange={(e) => onChange(e.currentTarget.value)} data-testid={testId} />
      {info?.host === 'electron' && (
        <Button variant="default" onClick={() => void browse()}>
          {t('common.browse')}
        </Button>
      )}
    </Group>
  );
}
