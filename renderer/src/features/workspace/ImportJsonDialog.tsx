import { FileInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { DialogFooter } from '../../ui/DialogFooter';
import { useLocation } from 'wouter';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { errorMessage } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { FolderField } from '../../ui/FolderField';
import { joinPath, safeFileName } from '../../ui/paths';

/**
 * Import from JSON…: builds a new workspace file from an interchange document. The open
 * workspace is never touched, so a bad file can only produce a message.
 */
export function ImportJsonDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info, setWorkspace } = useAppState();
  const [, navigate] = useLocation();
  const [file, setFile] = useState<File | null>(null);
  const [fileName, setFileName] = useState('');
  // The name follows the chosen file until the user types one of their own.
  const [nameTyped, setNameTyped] = useState(false);
  const [dir, setDir] = useState(info?.defaultDir ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (f: File | null) => {
    setFile(f);
    setFailure(null);
    if (f && !nameTyped) setFileName(safeFileName(f.name.replace(/\.json$/i, '')));
  };
  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const json = await file.text();
      setWorkspace(await call('workspace.importJson', { json, path: joinPath(dir, fileName.trim()) }));
      onClose();
      navigate('/clusters');
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('importJson.title')} size="lg">
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Stack>
          <Text size="sm">{t('importJson.explain')}</Text>
          <FileInput
            label={t('importJson.file')}
            accept="application/json,.json"
            value={file}
            onChange={choose}
            placeholder={t('importJson.choose')}
            data-testid="importJson.file"
          />
          <TextInput
            label={t('workspace.fileName')}
            value={fileName}
            onChange={(e) => {
              setFileName(e.currentTarget.value);
              setNameTyped(true);
            }}
            rightSection=".sentra"
            rightSectionWidth={70}
            data-testid="importJson.fileName"
          />
          <FolderField value={dir} onChange={setDir} testId="importJson.folder" />
          <ErrorText message={failure} />
          <DialogFooter
            submitLabel={t('importJson.import')}
            onCancel={onClose}
            busy={busy}
            disabled={!file || !fileName.trim()}
            submitTestId="importJson.import"
          />
        </Stack>
      </form>
    </Dialog>
  );
}
