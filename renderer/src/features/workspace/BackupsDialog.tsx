import { Button, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useLocation } from 'wouter';
import type { BackupEntry } from '../../../../shared/contract';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';
import { errorMessage, notifyDone } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { joinPath } from '../../ui/paths';
import { restoredName } from './restoredName';

/**
 * Restore from backup…: lists the automatic backups (of the open workspace, or of all
 * workspaces when none is open) and restores one as a new file beside the others.
 */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info, setWorkspace } = useAppState();
  const { dateTime, count } = useFormatters();
  const [, navigate] = useLocation();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void call('workspace.backups', {}).then(setBackups, (e: unknown) => setFailure(errorMessage(e)));
  }, []);

  const restore = async (b: BackupEntry) => {
    setFailure(null);
    try {
      const summary = await call('workspace.restoreBackup', { backupId: b.id, path: joinPath(info?.defaultDir ?? '', restoredName(b)) });
      setWorkspace(summary);
      notifyDone(t('backups.restored', { path: summary.path }), true);
      onClose();
      navigate('/clusters');
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('backups.title')} size="xl">
      <Stack>
        <Text size="sm">{t('backups.explain', { dir: info?.dataDir ?? '' })}</Text>
        <ErrorText message={failure} />
        {backups && backups.length === 0 && <Text c="dimmed">{t('backups.none')}</Text>}
        {backups && backups.length > 0 && (
          <ScrollArea h={360} type="auto">
            <Table striped data-testid="backups.table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.takenAt')}</Table.Th>
                  <Table.Th>{t('backups.origin')}</Table.Th>
                  <Table.Th>{t('backups.reason')}</Table.Th>
                  <Table.Th>{t('backups.size')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>{dateTime(b.takenAt)}</Table.Td>
                    <Table.Td className="wrap-anywhere">{b.origin}</Table.Td>
                    <Table.Td>{t(`backups.reasons.${b.reason}`)}</Table.Td>
                    <Table.Td>{t('backups.kb', { kb: count(Math.ceil(b.sizeBytes / 1024)) })}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => void restore(b)}>
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Dialog>
  );
}
