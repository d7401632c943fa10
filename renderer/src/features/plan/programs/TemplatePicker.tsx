import { Loader, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planTemplates, programFromTemplate, templateTextKey } from '../../../../../shared/domain/plan/templates';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { PlanContext, PlanView } from '../../../../../shared/domain/plan/types';
import { Dialog } from '../../../ui/Dialog';
import type { PlanEdit } from '../usePlan';

/** The template's typed agencies that are on the cluster's map by the same name, linked to those actors. */
function linkToMap(program: ProgramInput, actors: PlanContext['actors']): ProgramInput {
  const byName = new Map(actors.map((a) => [a.name.trim().toLocaleLowerCase(), a]));
  const find = (name: string) => byName.get(name.trim().toLocaleLowerCase()) ?? null;
  const lead = find(program.leadName);
  return {
    ...program,
    leadActorId: lead?.id ?? null,
    leadName: lead?.name ?? program.leadName,
    participants: program.participants.map((p) => {
      const actor = find(p.name);
      return actor ? { ...p, actorId: actor.id, name: actor.name } : p;
    }),
  };
}

/**
 * Adds a program from a template — JICA's twelve action programs or Box 3.1's pilot programs —
 * in the user's language, its months in the plan year, the agencies it names linked to the map's
 * actors of the same name, for the facilitator to adapt. One click
 * (or Enter) adds it and opens it in the editor.
 */
export function TemplatePicker({ view, edit, onClose, onCreated }: { view: PlanView; edit: PlanEdit; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const add = async (key: string) => {
    const program = linkToMap(programFromTemplate(key, { t: (k) => t(k), year: view.header.year, newId: () => crypto.randomUUID() }), view.context.actors);
    setBusy(true);
    await edit('plan.programs.save', { clusterId: view.clusterId, program }).then(
      () => {
        onCreated(program.id);
        onClose();
      },
      () => setBusy(false),
    );
  };
  return (
    <Dialog opened onClose={onClose} size="xl" title={t('planEditor.templates.title')}>
      <Stack data-testid="plan-templates">
        <Text size="sm">{t('planEditor.templates.intro', { year: view.header.year })}</Text>
        {busy && <Loader size="sm" aria-label={t('common.loading')} />}
        {planTemplates.map((group) => (
          <Stack key={group.kind} gap="xs" component="section" aria-labelledby={`plan-templates-${group.kind}`}>
            <Title order={3} size="h5" id={`plan-templates-${group.kind}`}>
              {t(group.labelKey)}
            </Title>
            <Text size="sm" c="dimmed">
              {t(group.noteKey)}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {group.templates.map((tpl) => (
                <UnstyledButton
                  key={tpl.key}
                  className="plan-template"
                  disabled={busy}
                  onClick={() => void add(tpl.key)}
                  data-testid={`plan-template-${tpl.key}`}
                >
                  <Text fw={600}>{t(templateTextKey(tpl, 'name'))}</Text>
                  <Text size="sm" lineClamp={2}>
                    {t(templateTextKey(tpl, 'objective'))}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(templateTextKey(tpl, 'source'))}
                  </Text>
                </UnstyledButton>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </Dialog>
  );
}
