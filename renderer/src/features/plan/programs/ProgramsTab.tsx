import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTemplate } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramInput } from '../../../../../shared/domain/plan/schemas';
import type { PlanView, Program } from '../../../../../shared/domain/plan/types';
import { budgetTotals } from '../../../../../shared/domain/plan/views/budgetTotals';
import { safeText } from '../../../../../shared/domain/plan/safeText';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { quietly, type PlanEdit } from '../usePlan';
import { NewProgramDialog } from './NewProgramDialog';
import { ProgramEditor, sectionOf } from './ProgramEditor';
import { ProgramList } from './ProgramList';
import { withLiveValues } from './programFieldsOf';
import { TemplatePicker } from './TemplatePicker';
import { displayed } from '../views/displayed';

/** A program another tab asked to open, at the field it points at. */
export interface ProgramFocus {
  id: string;
  field: string | null;
}

/**
 * The 1-year action programs: the list (status, lead, months, budget; reorder, delete) above
 * the editor of the program opened. The list and its total follow the editor's typing.
 */
export function ProgramsTab({
  view,
  edit,
  open,
  setOpen,
}: {
  view: PlanView;
  edit: PlanEdit;
  open: ProgramFocus | null;
  setOpen: (focus: ProgramFocus | null) => void;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<'blank' | 'template' | null>(null);
  const [deleting, setDeleting] = useState<Program | null>(null);
  const [live, setLive] = useState<ProgramInput | null>(null);
  const onLive = useCallback((values: ProgramInput) => setLive(values), []);
  const onClose = useCallback(() => setOpen(null), [setOpen]);
  const index = open ? view.programs.findIndex((p) => p.id === open.id) : -1;
  const program = index >= 0 ? view.programs[index]! : null;

  const programs = useMemo(
    () => view.programs.map((p) => (live && p.id === live.id && p.id === program?.id ? withLiveValues(p, live) : p)),
    [view.programs, live, program?.id],
  );
  const totals = useMemo(() => budgetTotals({ programs, funding: view.funding }), [programs, view.funding]);
  const listed = useMemo(() => displayed(programs), [programs]);
  const openProgram = (id: string) => setOpen({ id, field: null });

  return (
    <Stack data-testid="plan-programs">
      <Group justify="space-between">
        <Text>{t('planEditor.programs.intro', { year: view.header.year })}</Text>
        <Group className="editing-chrome">
          <Button variant="light" leftSection={<IconTemplate size={16} />} onClick={() => setAdding('template')} data-testid="plan-programs.fromTemplate">
            {t('planEditor.programs.fromTemplate')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding('blank')} data-testid="plan-programs.add">
            {t('planEditor.programs.add')}
          </Button>
        </Group>
      </Group>
      <ProgramList
        programs={listed}
        totals={totals}
        openId={program?.id ?? null}
        onOpen={openProgram}
        onMove={(id, position) => quietly(edit('plan.programs.move', { id, position }))}
        onDelete={setDeleting}
      />
      {program && (
        <ProgramEditor
          key={program.id}
          view={view}
          program={program}
          number={index + 1}
          edit={edit}
          onLive={onLive}
          onClose={onClose}
          focus={open?.field !== undefined && open.field !== null ? sectionOf(open.field) : null}
        />
      )}
      {adding === 'blank' && <NewProgramDialog view={view} edit={edit} onClose={() => setAdding(null)} onCreated={openProgram} />}
      {adding === 'template' && <TemplatePicker view={view} edit={edit} onClose={() => setAdding(null)} onCreated={openProgram} />}
      {deleting && (
        <ConfirmDialog
          title={t('planEditor.programs.deleteTitle')}
          message={t('planEditor.programs.deleteMessage', { name: safeText(deleting.name) })}
          confirmLabel={t('planEditor.programs.deleteConfirm')}
          onConfirm={() => {
            if (deleting.id === program?.id) setOpen(null);
            quietly(edit('plan.programs.delete', { id: deleting.id }));
          }}
          onClose={() => setDeleting(null)}
          testId="plan-program-delete"
        />
      )}
    </Stack>
  );
}
