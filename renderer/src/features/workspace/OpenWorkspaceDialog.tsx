import { Button, Group, NavLink, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowUp, IconFileDatabase, IconFolder } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useLocation } from 'wouter';
import type { FolderListing } from '../../../../shared/contract';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { useFormatters } from '../../app/formatters';
import { errorMessage } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { joinPath } from '../../ui/paths';

/**
 * Open…: browse folders for .sentra files or type a path. Electron adds its native
 * picker; browser mode has only this, so both modes open files the same way.
 */
export function OpenWorkspaceDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { info, setWorkspace } = useAppState();
  const { dateTime } = useFormatters();
  const [, navigate] = useLocation();
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [typed, setTyped] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const browse = useCallback(async (dir?: string) => {
    try {
      setListing(await call('workspace.listFolder', dir ? { dir } : {}));
      setFailure(null);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void call('workspace.listFolder', {}).then(setListing, (e: unknown) => setFailure(errorMessage(e)));
  }, []);

  const open = async (path: string) => {
    setFailure(null);
    try {
      setWorkspace(await call('workspace.open', { path }));
      onClose();
      navigate('/clusters');
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  const pick = async () => {
    try {
      const p = await call('app.pickPath', { mode: 'open', filter: 'sentra' });
      if (p) await open(p);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('workspace.openTitle')} size="lg">
      <Stack>
        {listing && (
          <>
            <Group gap="xs" wrap="nowrap">
              <Button
                variant="default"
                size="xs"
                disabled={!listing.parent}
                onClick={() => void browse(listing.parent ?? undefined)}
                aria-label={t('workspace.up')}
              >
                <IconArrowUp size={16} />
              </Button>
              <Text size="sm" className="wrap-anywhere" data-testid="openWorkspace.dir">
                {listing.dir}
              </Text>
            </Group>
            <ScrollArea h={280} type="auto">
              {listing.folders.map((f) => (
                <NavLink key={f} label={f} leftSection={<IconFolder size={18} />} onClick={() => void browse(joinPath(listing.dir, f))} />
              ))}
              {listing.workspaces.map((w) => (
                <NavLink
                  key={w.path}
                  label={w.fileName}
                  description={dateTime(w.modifiedAt)}
                  leftSection={<IconFileDatabase size={18} />}
                  onClick={() => void open(w.path)}
                  data-testid="openWorkspace.file"
                />
              ))}
              {listing.folders.length + listing.workspaces.length === 0 && <Text c="dimmed">{t('workspace.emptyFolder')}</Text>}
            </ScrollArea>
          </>
        )}
        <form onSubmit={(e) => (e.preventDefault(), void open(typed))}>
          <Group align="end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('workspace.pathToOpen')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              data-testid="openWorkspace.path"
            />
            <Button type="submit" disabled={!typed.trim()} data-testid="openWorkspace.open">
              {t('common.open')}
            </Button>
          </Group>
        </form>
        <ErrorText message={failure} />
        <Group justify="space-between">
          {info?.host === 'electron' ? (
            <Button variant="default" onClick={() => void pick()}>
              {t('common.browse')}
            </Button>
          ) : (
            <span />
          )}
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
