import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useLocation } from 'wouter';
import { api } from '../../../../shared/contract';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { errorMessage } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { FolderField } from '../../ui/FolderField';
import { fieldErrors } from '../../ui/issues';
import { safeFileName } from '../../ui/paths';

/** New workspace: the program's name, the file's name and its folder. */
export function NewWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info, setWorkspace } = useAppState();
  const [, navigate] = useLocation();
  const [programName, setProgramName] = useState('');
  const [fileName, setFileName] = useState('');
  const [dir, setDir] = useState(info?.defaultDir ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const effectiveFileName = fileName || safeFileName(programName);

  const submit = async () => {
    const input = { dir, fileName: effectiveFileName, programName };
    const parsed = api['workspace.create'].input.safeParse(input);
    setErrors(fieldErrors(parsed.error));
    setFailure(null);
    if (!parsed.success) return;
    setBusy(true);
    try {
      setWorkspace(await call('workspace.create', input));
      onClose();
      navigate('/program');
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('workspace.newTitle')} size="lg">
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Stack>
          <TextInput
            label={t('program.name')}
            description={t('workspace.programNameHint')}
            value={programName}
            onChange={(e) => setProgramName(e.currentTarget.value)}
            error={errors.programName && t(errors.programName)}
            data-autofocus
            data-testid="newWorkspace.programName"
          />
          <TextInput
            label={t('workspace.fileName')}
            placeholder={safeFileName(programName)}
            value={fileName}
            onChange={(e) => setFileName(e.currentTarget.value)}
            error={errors.fileName && t(errors.fileName)}
            rightSection=".sentra"
            rightSectionWidth={70}
            data-testid="newWorkspace.fileName"
          />
          <FolderField value={dir} onChange={setDir} testId="newWorkspace.folder" />
          <ErrorText message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="newWorkspace.create">
              {t('workspace.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
