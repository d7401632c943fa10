import { Alert, Badge, Button, Group, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric, SessionState } from '../../../../../shared/domain/selection/schemas';
import { RubricEditor } from '../rubrics/RubricEditor';
import type { SessionEdit } from '../useSelectionSession';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { scoresAtRisk, withDimensionEnabled, type ScoresAtRisk } from './rubricChanges';

/** Names the scores a rubric change would delete, so nobody loses them unawares. */
function RiskText({ risk }: { risk: ScoresAtRisk }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {risk.removed.length > 0 && <Text>{t('selectionSetup.rubric.removedCriteria', { names: risk.removed.join(', ') })}</Text>}
      {risk.lowered.map((l) => (
        <Text key={l.name}>{t('selectionSetup.rubric.loweredMax', { name: l.name, from: l.from, to: l.to })}</Text>
      ))}
    </Stack>
  );
}

/**
 * The session's rubric: its dimensions at a glance with the switch of each optional one (social
 * capital), and the editor. Saving replaces it as the next version; when that deletes entered
 * scores (criteria gone, maxima lowered), the facilitator is told which and asked first.
 */
export function SessionRubricPanel({ state, edit }: { state: SessionState; edit: SessionEdit }) {
  const { t } = useTranslation();
  const { session } = state;
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<{ rubric: Rubric; risk: ScoresAtRisk } | null>(null);
  const answer = useRef<{ resolve: () => void; reject: () => void } | null>(null);
  const hasScores = state.progress.some((p) => p.entered > 0) || state.consensus.length > 0;
  const atRisk = (next: Rubric) => {
    const risk = scoresAtRisk(session.rubric, next);
    return hasScores && (risk.removed.length > 0 || risk.lowered.length > 0) ? risk : null;
  };
  const setRubric = (rubric: Rubric) => edit('selection.sessions.setRubric', { id: session.id, rubric });

  const save = (rubric: Rubric): Promise<void> => {
    const risk = atRisk(rubric);
    if (!risk) return setRubric(rubric).then(() => setEditing(false));
    // The editor waits for the answer: cancelling keeps the draft as typed.
    return new Promise<void>((resolve, reject) => {
      answer.current = { resolve, reject };
      setAsking({ rubric, risk });
    });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="setup-rubric-title">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="setup-rubric-title">
              {t('selectionSetup.rubric.sessionTitle')}
            </Title>
            <Text data-testid="setup.rubricName">{t('selectionSetup.rubric.nameVersion', { name: session.rubric.name, version: session.rubricVersion })}</Text>
            {session.rubric.note && (
              <Text size="sm" c="dimmed" className="wrap-anywhere">
                {session.rubric.note}
              </Text>
            )}
          </div>
          {!editing && (
            <Button
              variant="light"
              leftSection={<IconPencil size={16} />}
              onClick={() => setEditing(true)}
              className="editing-chrome"
              data-testid="setup.editRubric"
            >
              {t('selectionSetup.rubric.edit')}
            </Button>
          )}
        </Group>
        {!editing && (
          <List spacing={6} listStyleType="none" data-testid="setup.dimensions">
            {session.rubric.dimensions.map((d) => (
              <List.Item key={d.id}>
                <Group gap="sm">
                  <Text fw={600}>{d.name}</Text>
                  <Badge variant="light" color="gray">
                    {t('selectionSetup.rubric.summary', { total: d.total, count: d.criteria.length })}
                  </Badge>
                  {d.optional && (
                    <Switch
                      label={t('selectionSetup.rubric.dimension.enabled')}
                      checked={d.enabled}
                      onChange={(e) => void setRubric(withDimensionEnabled(session.rubric, d.id, e.currentTarget.checked)).catch(() => undefined)}
                      data-testid={`setup.dimension.${d.id}.enabled`}
                    />
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {editing && (
          <RubricEditor
            key={session.rubricVersion}
            initial={session.rubric}
            onSave={save}
            onCancel={() => setEditing(false)}
            saveLabel={t('selectionSetup.rubric.saveSession')}
            extra={(next) => {
              const risk = atRisk(next);
              return (
                risk && (
                  <Alert color="orange" title={t('selectionSetup.rubric.riskTitle')} data-testid="rubric.risk">
                    <RiskText risk={risk} />
                  </Alert>
                )
              );
            }}
          />
        )}
      </Stack>
      {asking && (
        <ConfirmDialog
          title={t('selectionSetup.rubric.riskTitle')}
          message={[
            asking.risk.removed.length ? t('selectionSetup.rubric.removedCriteria', { names: asking.risk.removed.join(', ') }) : '',
            ...asking.risk.lowered.map((l) => t('selectionSetup.rubric.loweredMax', { name: l.name, from: l.from, to: l.to })),
            t('selectionSetup.rubric.riskUndo'),
          ]
            .filter(Boolean)
            .join(' ')}
          confirmLabel={t('selectionSetup.rubric.riskConfirm')}
          onConfirm={() => {
            const pending = answer.current;
            answer.current = null;
            void setRubric(asking.rubric).then(
              () => {
                pending?.resolve();
                setEditing(false);
              },
              () => pending?.reject(),
            );
          }}
          onClose={() => {
            // Closed without confirming (Cancel, Escape): the draft stays. After a confirm this is a no-op.
            answer.current?.reject();
            answer.current = null;
            setAsking(null);
          }}
          testId="rubric.riskDialog"
        />
      )}
    </Paper>
  );
}
