import { Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { DialogFooter } from '../../ui/DialogFooter';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { errorMessage, notifyDone } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { FolderField } from '../../ui/FolderField';
import { joinPath } from '../../ui/paths';

/** Save a copy…: a consistent snapshot to share; the open file stays the one being edited. */
export function SaveCopyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info, workspace } = useAppState();
  const [fileName, setFileName] = useState(`${workspace?.fileName.replace(/\.sentra$/i, '') ?? 'Sentra'} (${t('workspace.copySuffix')})`);
  const [dir, setDir] = useState(info?.defaultDir ?? '');
  const [failure, setFailure] = useState<string | null>(null);

  const save = async () => {
    setFailure(null);
    try {
      const written = await call('workspace.saveCopy', { path: joinPath(dir, fileName.trim()) });
      notifyDone(t('workspace.copySaved', { path: written }));
      onClose();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('workspace.saveCopyTitle')} size="lg">
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Stack>
          <Text size="sm">{t('workspace.saveCopyExplain')}</Text>
          <TextInput
            label={t('workspace.fileName')}
            value={fileName}
            onChange={(e) => setFileName(e.currentTarget.value)}
            rightSection=".sentra"
            rightSectionWidth={70}
            data-testid="saveCopy.fileName"
          />
          <FolderField value={dir} onChange={setDir} testId="saveCopy.folder" />
          <ErrorText message={failure} />
          <DialogFooter submitLabel={t('workspace.saveCopy')} onCancel={onClose} disabled={!fileName.trim()} submitTestId="saveCopy.save" />
        </Stack>
      </form>
    </Dialog>
  );
}
