import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { DialogFooter } from '../../ui/DialogFooter';
import { useLocation } from 'wouter';
import { clusterFieldsSchema, emptyClusterFields, type ClusterGroup } from '../../../../shared/domain/clusters/schemas';
import { useAppState } from '../../app/AppState';
import { call } from '../../app/client';
import { errorMessage } from '../../app/notify';
import { ErrorText } from '../../ui/ErrorText';
import { fieldErrors } from '../../ui/issues';
import { groupOptions } from './clusterGroupOptions';
import { useWorkspaceData } from '../../app/useWorkspaceData';

/** Adds a cluster from its name and group; everything else is filled in on its profile. */
export function NewClusterDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { setHistory } = useAppState();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<ClusterGroup>('other');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  // Two clusters may share a name (two villages' roof-tile clusters), but it is usually a slip.
  const { data: existing } = useWorkspaceData(() => call('clusters.list', {}), [], { tables: ['clusters'], ownWrites: true });
  const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');
  const duplicate = name.trim() !== '' && (existing ?? []).some((c) => sameName(c.name, name));

  const submit = async () => {
    const fields = { ...emptyClusterFields(name), group };
    const parsed = clusterFieldsSchema.safeParse(fields);
    setErrors(fieldErrors(parsed.error));
    if (!parsed.success) return;
    try {
      const created = await call('clusters.create', parsed.data);
      setHistory(await call('workspace.history', {}));
      onClose();
      navigate(`/clusters/${created.id}`);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('clusters.newTitle')}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Stack>
          <TextInput
            label={t('clusters.name')}
            withAsterisk
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name && t(errors.name)}
            data-autofocus
            data-testid="newCluster.name"
          />
          {duplicate && (
            <Text size="sm" c="orange.9" data-testid="newCluster.duplicate">
              {t('clusters.duplicateName')}
            </Text>
          )}
          <Select
            label={t('clusters.group')}
            data={groupOptions(t)}
            value={group}
            onChange={(v) => v && setGroup(v)}
            allowDeselect={false}
            data-testid="newCluster.group"
          />
          <ErrorText message={failure} />
          <DialogFooter submitLabel={t('clusters.add')} onCancel={onClose} submitTestId="newCluster.create" />
        </Stack>
      </form>
    </Dialog>
  );
}
