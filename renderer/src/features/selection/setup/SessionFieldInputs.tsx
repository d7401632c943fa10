import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { Controller, useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { aggregations, scoringModes, selectionRules } from '../../../../../shared/domain/selection/codes';
import type { SessionFields } from '../../../../../shared/domain/selection/schemas';
import { useFormatters } from '../../../app/formatters';
import { confirmedInputProps } from '../../../ui/useAutosave';

/** A field's message in the user's language; a schema bound without a catalog key reads as "a number, please". */
function useMessage() {
  const { t, i18n } = useTranslation();
  return (key: string | undefined) => (key ? (i18n.exists(key) ? t(key) : t('validation.number')) : undefined);
}

/**
 * A number field of the session (top N, threshold %): empty stays empty, and the schema says what
 * is wrong. Stored once confirmed, as every number field: "15" on the way to a refused "150" % never is.
 */
function SessionNumber({ control, name, label, decimals }: { control: Control<SessionFields>; name: 'topN' | 'threshold'; label: string; decimals?: boolean }) {
  const message = useMessage();
  const { separators } = useFormatters();
  const { field, fieldState } = useController({ control, name });
  return (
    <NumberInput
      label={label}
      value={typeof field.value === 'number' ? field.value : ''}
      onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
      onBlur={field.onBlur}
      ref={field.ref}
      error={message(fieldState.error?.message)}
      allowDecimal={decimals ?? false}
      decimalSeparator={separators.decimal}
      allowNegative={false}
      hideControls
      {...confirmedInputProps}
      data-testid={`session.${name}`}
    />
  );
}

/**
 * The session's own fields, shared by the new-session dialog and the setup tab: name, date,
 * scoring mode, hidden mode, aggregation and the selection rule with its N or threshold.
 */
export function SessionFieldInputs({ control, rule, withNote }: { control: Control<SessionFields>; rule: SessionFields['rule']; withNote?: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const codeOptions = (list: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`selection.codes.${list}.${v}`) }));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="name"
          render={({ field, fieldState }) => (
            <TextInput
              label={t('selectionSetup.fields.name')}
              withAsterisk
              {...field}
              error={message(fieldState.error?.message)}
              data-autofocus
              data-testid="session.name"
            />
          )}
        />
        <Controller
          control={control}
          name="heldOn"
          render={({ field, fieldState }) => (
            <TextInput
              type="date"
              label={t('selectionSetup.fields.heldOn')}
              value={field.value ?? ''}
              onChange={(e) => field.onChange(e.currentTarget.value || null)}
              onBlur={field.onBlur}
              ref={field.ref}
              error={message(fieldState.error?.message)}
              data-testid="session.heldOn"
            />
          )}
        />
        <Controller
          control={control}
          name="scoringMode"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="session-mode-label">
                {t('selectionSetup.fields.scoringMode')}
              </Text>
              <SegmentedControl
                aria-labelledby="session-mode-label"
                data={codeOptions('scoringModes', scoringModes)}
                value={field.value}
                onChange={field.onChange}
                data-testid="session.scoringMode"
              />
            </Stack>
          )}
        />
        <Controller
          control={control}
          name="hidden"
          render={({ field }) => (
            <Switch
              mt="lg"
              label={t('selectionSetup.fields.hidden')}
              description={t('selectionSetup.fields.hiddenHint')}
              checked={field.value}
              onChange={(e) => field.onChange(e.currentTarget.checked)}
              data-testid="session.hidden"
            />
          )}
        />
        <Controller
          control={control}
          name="aggregation"
          render={({ field }) => (
            <Select
              label={t('selectionSetup.fields.aggregation')}
              data={codeOptions('aggregations', aggregations)}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              data-testid="session.aggregation"
            />
          )}
        />
        <Controller
          control={control}
          name="rule"
          render={({ field }) => (
            <Select
              label={t('selectionSetup.fields.rule')}
              data={codeOptions('selectionRules', selectionRules)}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              data-testid="session.rule"
            />
          )}
        />
        {rule === 'topN' ? (
          <SessionNumber control={control} name="topN" label={t('selectionSetup.fields.topN')} />
        ) : (
          <SessionNumber control={control} name="threshold" label={t('selectionSetup.fields.threshold')} decimals />
        )}
      </SimpleGrid>
      {withNote && (
        <Controller
          control={control}
          name="note"
          render={({ field, fieldState }) => (
            <Textarea
              label={t('selectionSetup.fields.note')}
              autosize
              minRows={2}
              {...field}
              error={message(fieldState.error?.message)}
              data-testid="session.note"
            />
          )}
        />
      )}
    </Stack>
  );
}
