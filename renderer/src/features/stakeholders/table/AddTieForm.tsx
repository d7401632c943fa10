import { Button, Group, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tieTypes, type TieType } from '../../../../../shared/domain/stakeholders/codes';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import type { MapEdit } from '../useStakeholderMap';
import { codeOptions } from './actorColumns';
import { newTieFields } from './newRowFields';

/** Adds a tie between two actors of the map, found by typing part of their names. */
export function AddTieForm({ clusterId, map, edit }: { clusterId: string; map: StakeholderMap; edit: MapEdit }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [type, setType] = useState<TieType>('collaboration');
  const [busy, setBusy] = useState(false);
  const actors = useMemo(() => map.actors.map((a) => ({ value: a.id, label: a.name })).sort((a, b) => a.label.localeCompare(b.label)), [map.actors]);
  // Said before sending: the service would refuse it too, but the form can tell at once.
  const self = from !== null && from === to;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!from || !to || self) return;
    setBusy(true);
    try {
      await edit('stakeholders.ties.create', { clusterId, fields: newTieFields(from, to, type) });
      setTo(null);
    } catch {
      // Shown as a notification (a duplicate tie, say); the choice stays to be corrected.
    } finally {
      setBusy(false);
    }
  };

  const actorSelect = (key: 'from' | 'to', value: string | null, set: (v: string | null) => void) => (
    <Select
      label={t(`stakeholders.fields.${key}`)}
      data={actors}
      value={value}
      onChange={set}
      searchable
      clearable
      limit={50}
      nothingFoundMessage={t('stakeholderPanels.table.noActorFound')}
      miw={240}
      error={key === 'to' && self ? t('stakeholderPanels.table.selfTie') : undefined}
      data-testid={`map-table-add-tie-${key}`}
    />
  );
  return (
    <form onSubmit={(e) => void submit(e)} className="editing-chrome" data-testid="map-table-add-tie">
      <Group align="flex-start" gap="xs">
        {actorSelect('from', from, setFrom)}
        {actorSelect('to', to, setTo)}
        <Select
          label={t('stakeholders.fields.type')}
          data={codeOptions(t, 'tieType', tieTypes)}
          value={type}
          onChange={(v) => v && setType(v as TieType)}
          allowDeselect={false}
          miw={240}
          data-testid="map-table-add-tie-type"
        />
        <Button
          type="submit"
          mt={25}
          leftSection={<IconPlus size={18} aria-hidden />}
          loading={busy}
          disabled={!from || !to || self}
          data-testid="map-table-add-tie-submit"
        >
          {t('stakeholderPanels.table.addTie')}
        </Button>
      </Group>
    </form>
  );
}
