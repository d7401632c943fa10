import { Alert, Anchor, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCoins } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FundingDialog } from './funding/FundingDialog';
import { HeaderForm } from './header/HeaderForm';
import { ProgramsTab, type ProgramFocus } from './programs/ProgramsTab';
import { StrategiesTab } from './strategies/StrategiesTab';
import { usePlan } from './usePlan';
import { displayed } from './views/displayed';
import { PlanToolbar, planViewTabs, type PlanViewActions } from './views/planViewTabs';
import './plan.css';

/** The editor's own tabs, before the views. */
const editorTabs = [
  { key: 'vision', labelKey: 'planEditor.tabs.vision' },
  { key: 'medium', labelKey: 'planEditor.tabs.medium' },
  { key: 'programs', labelKey: 'planEditor.tabs.programs' },
] as const;

/**
 * One cluster's plan: the 10-year vision (with the cover and approvals), the 3-year plan, the
 * 1-year action programs, then the views of the plan (WHY / WHO / WHAT, Matriks Rencana Aksi,
 * PDM, Gantt, budget, responsibility, checks), with versions and export in the header.
 */
export function PlanPage({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const { view, error, edit, editFunding, reload } = usePlan(clusterId);
  const [tab, setTab] = useState<string>('vision');
  const [program, setProgram] = useState<ProgramFocus | null>(null);
  const [strategy, setStrategy] = useState<string | null>(null);
  const [funding, setFunding] = useState(false);
  // What the page shows of the plan: forms edit `view`, everything read shows `shown`.
  const shown = useMemo(() => (view ? displayed(view) : null), [view]);

  const actions = useMemo<PlanViewActions>(
    () => ({
      openProgram: (id, field = null) => {
        setProgram({ id, field });
        setTab('programs');
      },
      openStrategy: (id) => {
        setStrategy(id);
        setTab('medium');
      },
      openHeader: () => setTab('vision'),
      reload,
    }),
    [reload],
  );

  const back = (
    <Anchor href="#/plan" data-testid="plan-back">
      <Group gap={4}>
        <IconArrowLeft size={16} aria-hidden />
        {t('planEditor.page.back')}
      </Group>
    </Anchor>
  );
  if (error)
    return (
      <Stack>
        {back}
        <Text role="alert">{t('errors.clusterMissing')}</Text>
      </Stack>
    );
  if (!view || !shown) return <Loader aria-label={t('common.loading')} />;
  return (
    <div className="plan-page" data-testid="plan-page" data-cluster={clusterId}>
      {/* One row at 1366 px: the title wraps within its share, the buttons keep theirs. */}
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb="xs">
        <Stack gap={2} className="plan-page__title">
          <span className="editing-chrome">{back}</span>
          <Title order={1} size="h3" className="wrap-anywhere" data-testid="plan-title">
            {t('planEditor.page.title', { cluster: shown.clusterName })}
          </Title>
        </Stack>
        <Group gap="xs" wrap="nowrap" className="plan-page__buttons">
          <Button
            variant="default"
            leftSection={<IconCoins size={18} aria-hidden />}
            onClick={() => setFunding(true)}
            className="editing-chrome"
            data-testid="plan-funding-open"
          >
            {t('planEditor.funding.button')}
          </Button>
          <PlanToolbar view={shown} actions={actions} />
        </Group>
      </Group>
      {!view.exists && (
        <Alert color="blue" mb="sm" className="editing-chrome" data-testid="plan-new">
          {t('planEditor.page.notYet')}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(v) => {
          // A tab chosen by hand opens on its own, not at a row another tab asked for earlier.
          setStrategy(null);
          setProgram((p) => p && { id: p.id, field: null });
          if (v) setTab(v);
        }}
        keepMounted={false}
        className="plan-tabs"
      >
        <Tabs.List mb="sm">
          {editorTabs.map((e) => (
            <Tabs.Tab key={e.key} value={e.key} data-testid={`plan-tab-${e.key}`}>
              {t(e.labelKey)}
            </Tabs.Tab>
          ))}
          {planViewTabs.map((v) => (
            <Tabs.Tab key={v.key} value={v.key} data-testid={v.testId}>
              {v.label ? v.label(shown) : t(v.labelKey)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="vision">
          <HeaderForm view={view} edit={edit} />
        </Tabs.Panel>
        <Tabs.Panel value="medium">
          <StrategiesTab view={view} edit={edit} focusId={strategy} />
        </Tabs.Panel>
        <Tabs.Panel value="programs">
          <ProgramsTab view={view} edit={edit} open={program} setOpen={setProgram} />
        </Tabs.Panel>
        {planViewTabs.map((v) => (
          <Tabs.Panel key={v.key} value={v.key}>
            {v.render(shown, actions)}
          </Tabs.Panel>
        ))}
      </Tabs>
      {funding && <FundingDialog funding={view.funding} editFunding={editFunding} onClose={() => setFunding(false)} />}
    </div>
  );
}
