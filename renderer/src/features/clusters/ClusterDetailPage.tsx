import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { useLocation } from 'wouter';
import { clusterFieldsSchema, type Cluster, type ClusterFields } from '../../../../shared/domain/clusters/schemas';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { useCommit } from '../../app/useCommit';
import { SaveStatusBadge } from '../../ui/SaveStatusBadge';
import { useAutosave } from '../../ui/useAutosave';
import { ClusterForm } from './ClusterForm';
import { ClusterProfileView } from './ClusterProfileView';
import { ClusterStepper } from './ClusterStepper';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/** One cluster: its profile form while working, its read-only profile while presenting. */
export function ClusterDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const { data, error } = useWorkspaceData(() => call('clusters.get', { id }), [id], { tables: ['clusters'] });
  // What the last save stored, shown when presenting; the form itself is never reset under
  // the user's cursor. It counts only while `data` is the load it was saved over.
  const [latest, setLatest] = useState<{ base: Cluster | null; saved: Cluster } | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  const form = useForm<ClusterFields>({ resolver: zodResolver(clusterFieldsSchema), mode: 'onChange' });
  const liveName = useWatch({ control: form.control, name: 'name' });
  const commit = useCommit();
  const { status, markSaved } = useAutosave(form, clusterFieldsSchema, async (fields) => {
    const base = dataRef.current;
    const saved = await commit(() => call('clusters.update', { id, fields }));
    setLatest({ base, saved });
  });
  useEffect(() => {
    if (!data) return;
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = data;
    markSaved(fields);
    form.reset(fields);
  }, [data, form, markSaved]);

  const remove = async () => {
    setConfirming(false);
    await commit(() => call('clusters.delete', { id }));
    navigate('/clusters');
  };

  const back = (
    <Anchor href="#/clusters" data-testid="cluster.back">
      <Group gap={4}>
        <IconArrowLeft size={16} />
        {t('clusters.backToList')}
      </Group>
    </Anchor>
  );
  if (error) {
    return (
      <Stack>
        {back}
        <Text>{t('clusters.notFound')}</Text>
      </Stack>
    );
  }
  if (!data) return null;
  // What the store holds now: the load, or the last save made over it (a rename included).
  const stored = latest?.base === data ? latest.saved : data;
  const name = liveName?.trim() ? liveName : stored.name;
  if (presentation) {
    return (
      <Stack gap="xs">
        <Group justify="space-between">
          {back}
          <ClusterStepper id={id} />
        </Group>
        <ClusterProfileView cluster={stored} />
      </Stack>
    );
  }
  return (
    <Stack maw={1100}>
      {back}
      <Group justify="space-between" className="sticky-bar">
        <Title order={2} className="wrap-anywhere" data-testid="cluster.title">
          {name}
        </Title>
        <Group>
          <SaveStatusBadge status={status} />
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={() => setConfirming(true)} data-testid="cluster.delete">
            {t('clusters.delete')}
          </Button>
        </Group>
      </Group>
      <ClusterForm form={form} />
      <Dialog opened={confirming} onClose={() => setConfirming(false)} title={t('clusters.deleteTitle')}>
        <Stack>
          <Text>{t('clusters.deleteConfirm', { name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => void remove().catch(() => undefined)} data-testid="cluster.confirmDelete">
              {t('clusters.delete')}
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Stack>
  );
}
