import { Alert, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { DialogFooter } from '../../ui/DialogFooter';
import { useLocation } from 'wouter';
import { api } from '../../../../shared/contract';
import { useAppState } from '../../app/AppState';
import { ApiCallError, call } from '../../app/client';
import { errorMessage } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { FolderField } from '../../ui/FolderField';
import { fieldErrors } from '../../ui/issues';
import { safeFileName } from '../../ui/paths';

/** Whether `dir` is missing: a listing refused as not found. Other refusals are left to creating to word. */
async function folderMissing(dir: string): Promise<boolean> {
  try {
    await call('workspace.listFolder', { dir });
    return false;
  } catch (e) {
    return e instanceof ApiCallError && e.apiError.code === 'fileMissing';
  }
}

/**
 * New workspace: the program's name, the file's name and its folder. A typed folder that does
 * not exist is created only once the facilitator agrees (a slip in a path would otherwise make
 * folders nobody asked for); the app's own default folder is made without asking.
 */
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
  // The missing folder the facilitator is asked about; editing the folder withdraws the question.
  const [askFolder, setAskFolder] = useState<string | null>(null);
  const changeDir = (value: string) => {
    setDir(value);
    setAskFolder(null);
  };
  const effectiveFileName = fileName || safeFileName(programName);

  const submit = async (folderAgreed: boolean) => {
    const input = { dir, fileName: effectiveFileName, programName };
    const parsed = api['workspace.create'].input.safeParse(input);
    setErrors(fieldErrors(parsed.error));
    setFailure(null);
    if (!parsed.success) return;
    setBusy(true);
    try {
      if (!folderAgreed && dir.trim() !== info?.defaultDir && (await folderMissing(dir.trim()))) {
        setAskFolder(dir.trim());
        return;
      }
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
      <form onSubmit={(e) => (e.preventDefault(), void submit(askFolder !== null))}>
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
          <FolderField value={dir} onChange={changeDir} testId="newWorkspace.folder" />
          <ErrorText message={failure} />
          {askFolder !== null && (
            <Alert color="orange" data-testid="newWorkspace.folderMissing">
              {t('workspace.folderMissing', { dir: askFolder })}
            </Alert>
          )}
          {/* The same button asks, then agrees: the focus stays on it. */}
          <DialogFooter
            submitLabel={t(askFolder === null ? 'workspace.create' : 'workspace.createFolder')}
            onCancel={onClose}
            busy={busy}
            submitTestId="newWorkspace.create"
          />
        </Stack>
      </form>
    </Dialog>
  );
}
