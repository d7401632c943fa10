import { MultiSelect, Stack } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WhyLinkKind } from '../../../../../shared/domain/plan/codes';
import type { ProgramInput, WhyLink } from '../../../../../shared/domain/plan/schemas';
import type { PlanContext, WhyRef } from '../../../../../shared/domain/plan/types';
import { safeText } from '../../../../../shared/domain/plan/safeText';
import { LongTextField } from '../../../ui/formFields';

const keyOf = (l: WhyLink) => `${l.kind}:${l.targetId}`;
const linkOf = (key: string): WhyLink => {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as WhyLinkKind, targetId: key.slice(at + 1) };
};

/**
 * WHY: the need in words, and the SWOT items and TOWS strategies behind it, picked by their
 * codes (S1, SO2) with their texts. A cited item since deleted stays listed, marked.
 */
export function WhySection({ control, context, stored }: { control: Control<ProgramInput>; context: PlanContext; stored: WhyRef[] }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'links' });
  const links = field.value ?? [];
  const option = (code: string, text: string) => t('planEditor.codeText', { code, text: safeText(text) });
  const groups = [
    {
      group: t('plan.codes.whyLinkKinds.swotItem'),
      items: context.swotItems.map((s) => ({ value: keyOf({ kind: 'swotItem', targetId: s.id }), label: option(s.code, s.text) })),
    },
    {
      group: t('plan.codes.whyLinkKinds.towsStrategy'),
      items: context.towsStrategies.map((s) => ({ value: keyOf({ kind: 'towsStrategy', targetId: s.id }), label: option(s.code, s.text) })),
    },
  ];
  const offered = new Set(groups.flatMap((g) => g.items.map((i) => i.value)));
  const gone = stored.filter((r) => r.deleted && !offered.has(keyOf(r)));
  if (gone.length > 0)
    groups.push({
      group: t('planEditor.deleted'),
      items: gone.map((r) => ({ value: keyOf(r), label: t('planEditor.codeTextDeleted', { code: r.code, text: safeText(r.text) }) })),
    });
  return (
    <Stack>
      <LongTextField control={control} name="why" label="planEditor.program.why" testId="plan-program.why" />
      <MultiSelect
        label={t('planEditor.program.links')}
        description={t('planEditor.program.linksHint')}
        data={groups}
        value={links.map(keyOf)}
        onChange={(keys) => field.onChange(keys.map(linkOf))}
        onBlur={field.onBlur}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('planEditor.program.noLinks')}
        comboboxProps={{ withinPortal: true }}
        data-testid="plan-program.links"
      />
    </Stack>
  );
}
