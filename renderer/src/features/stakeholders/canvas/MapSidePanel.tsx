import { CloseButton, Group, ScrollArea } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorFields, StakeholderMap, TieFields } from '../../../../../shared/domain/stakeholders/schemas';
import { ActorForm } from '../forms/ActorForm';
import { TieForm } from '../forms/TieForm';
import { actorFieldsOf, tieFieldsOf } from '../table/fieldEdits';
import { newActorFields, newTieFields } from '../table/newRowFields';
import type { MapEdit } from '../useStakeholderMap';

/** What the side panel is editing: a new or existing actor or tie. */
export type PanelState =
  { kind: 'actor'; id: string | null; at: { x: number; y: number } } | { kind: 'tie'; id: string | null; from: string; to: string } | null;

/**
 * The editor beside the canvas: the actor's or the tie's form. Saving is one undoable call; the
 * panel stays open with the message shown when the call is refused.
 */
export function MapSidePanel({
  panel,
  map,
  edit,
  onSaved,
  onClose,
}: {
  panel: NonNullable<PanelState>;
  map: StakeholderMap;
  edit: MapEdit;
  /** After a save; with the new actor's id when one was added. */
  onSaved: (createdActor?: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const clusterId = map.clusterId;
  const ref = useRef<HTMLElement>(null);
  // Opened by a key (N, C, Enter) or a click, the panel takes the focus, unless a field took it
  // already (the tie's "to"): the first field when it is typed into (the actor's name); the form
  // itself when it is a list, which would open on focus and cover the form.
  useEffect(() => {
    const form = ref.current?.querySelector<HTMLFormElement>('form');
    if (!form || form.contains(document.activeElement)) return;
    const first = form.querySelector<HTMLElement>('input:not([type="hidden"]), textarea');
    (first && !first.hasAttribute('aria-haspopup') ? first : form).focus();
  }, [panel]);
  // A refused call has shown its message: the form stays open with what was typed.
  const onSaveActor = async (fields: ActorFields) => {
    if (panel.kind !== 'actor') return;
    try {
      if (panel.id) await edit('stakeholders.actors.update', { id: panel.id, fields });
      else return onSaved((await edit('stakeholders.actors.create', { clusterId, fields, ...panel.at })).id);
      onSaved();
    } catch {
      // shown already
    }
  };
  const onSaveTie = async (fields: TieFields) => {
    if (panel.kind !== 'tie') return;
    try {
      if (panel.id) await edit('stakeholders.ties.update', { id: panel.id, fields });
      else await edit('stakeholders.ties.create', { clusterId, fields });
      onSaved();
    } catch {
      // shown already
    }
  };
  let body = null;
  if (panel.kind === 'actor') {
    const actor = panel.id ? map.actors.find((a) => a.id === panel.id) : undefined;
    const initial = actor ? actorFieldsOf(actor) : newActorFields('', 'sme');
    body = <ActorForm key={panel.id ?? 'new'} initial={initial} isNew={!actor} onSave={onSaveActor} onCancel={onClose} />;
  } else {
    const tie = panel.id ? map.ties.find((x) => x.id === panel.id) : undefined;
    const initial = tie ? tieFieldsOf(tie) : newTieFields(panel.from, panel.to, 'collaboration');
    body = <TieForm key={panel.id ?? `${panel.from}>${panel.to}`} initial={initial} isNew={!tie} actors={map.actors} onSave={onSaveTie} onCancel={onClose} />;
  }
  return (
    <section ref={ref} className="map-panel editing-chrome" aria-label={t('stakeholderMap.panel.label')} data-testid="map-panel">
      <Group justify="flex-end">
        <CloseButton aria-label={t('stakeholderMap.panel.close')} onClick={onClose} data-testid="map-panel-close" />
      </Group>
      <ScrollArea.Autosize mah="100%" type="auto" offsetScrollbars>
        {body}
      </ScrollArea.Autosize>
    </section>
  );
}
