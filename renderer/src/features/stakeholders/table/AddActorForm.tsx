import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actorKinds, type ActorKind } from '../../../../../shared/domain/stakeholders/codes';
import { actorFieldsSchema, type StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import type { MapEdit } from '../useStakeholderMap';
import { codeOptions } from './actorColumns';
import { freeSpot, newActorFields } from './newRowFields';

/** A name and a kind are enough to add an actor; it stands beside the map until someone moves it. */
export function AddActorForm({ clusterId, map, edit }: { clusterId: string; map: StakeholderMap; edit: MapEdit }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('sme');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = actorFieldsSchema.safeParse(newActorFields(name, kind));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'validation.invalid');
    setBusy(true);
    try {
      // All actors count, not only those a filter shows: a hidden actor's spot is still taken.
      await edit('stakeholders.actors.create', { clusterId, fields: parsed.data, ...freeSpot(map.actors) });
      setName('');
      setError(null);
    } catch {
      // Shown as a notification by the edit; what was typed stays for another try.
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="editing-chrome" data-testid="map-table-add-actor">
      <Group align="flex-start" gap="xs">
        <TextInput
          label={t('stakeholders.fields.name')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error ? t(error) : undefined}
          miw={240}
          data-testid="map-table-add-actor-name"
        />
        <Select
          label={t('stakeholders.fields.kind')}
          data={codeOptions(t, 'kind', actorKinds)}
          value={kind}
          onChange={(v) => v && setKind(v as ActorKind)}
          allowDeselect={false}
          searchable
          miw={260}
          data-testid="map-table-add-actor-kind"
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={18} aria-hidden />} loading={busy} data-testid="map-table-add-actor-submit">
          {t('stakeholderPanels.table.addActor')}
        </Button>
      </Group>
    </form>
  );
}
