import { useAppState } from '../../app/AppState';
import { AboutDialog } from './AboutDialog';
import { BackupsDialog } from './BackupsDialog';
import { ImportJsonDialog } from './ImportJsonDialog';
import { NewWorkspaceDialog } from './NewWorkspaceDialog';
import { OpenWorkspaceDialog } from './OpenWorkspaceDialog';
import { SaveCopyDialog } from './SaveCopyDialog';

/** The app-level dialog that is open, if any. */
export function AppDialogs() {
  const { dialog, openDialog } = useAppState();
  const close = () => openDialog(null);
  switch (dialog) {
    case 'new':
      return <NewWorkspaceDialog onClose={close} />;
    case 'open':
      return <OpenWorkspaceDialog onClose={close} />;
    case 'saveCopy':
      return <SaveCopyDialog onClose={close} />;
    case 'backups':
      return <BackupsDialog onClose={close} />;
    case 'importJson':
      return <ImportJsonDialog onClose={close} />;
    case 'about':
      return <AboutDialog onClose={close} />;
    default:
      return null;
  }
}
