import { Checkbox, Fieldset, SegmentedControl, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { strategyKinds, strategyQuadrants, type StrategyKind } from '../../../../../shared/domain/swot/codes';
import { strategyFieldsSchema, type StrategyFields, type SwotBoard } from '../../../../../shared/domain/swot/schemas';
import { Dialog } from '../../../ui/Dialog';
import { DialogFooter } from '../../../ui/DialogFooter';
import { boardReferences } from '../../../../../shared/domain/swot/references';
import { itemsOf } from '../boardModel';
import { quadrantTitle } from '../quadrantTitle';

export interface StrategyDialogProps {
  board: SwotBoard;
  initial: StrategyFields;
  isNew: boolean;
  onSave: (fields: StrategyFields) => Promise<void>;
  onClose: () => void;
}

/**
 * Drafts a TOWS strategy: its kind, its text and the SWOT items behind it, picked from the two
 * quadrants the kind pairs (with their dots, so the group builds on what it ranked highest).
 */
export function StrategyDialog({ board, initial, isNew, onSave, onClose }: StrategyDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<StrategyFields>(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const refs = boardReferences(board).items;
  const allowed = strategyQuadrants[fields.kind];

  const setKind = (kind: StrategyKind) => {
    // Items of a quadrant the new kind does not pair are dropped, as the service would refuse them.
    const fits = new Set(strategyQuadrants[kind].flatMap((q) => itemsOf(board, q).map((i) => i.id)));
    setFields((f) => ({ ...f, kind, itemIds: f.itemIds.filter((id) => fits.has(id)) }));
  };
  const toggle = (id: string, on: boolean) => setFields((f) => ({ ...f, itemIds: on ? [...f.itemIds, id] : f.itemIds.filter((x) => x !== id) }));

  const submit = async () => {
    const parsed = strategyFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setError(t(parsed.error.issues[0]!.message));
      return;
    }
    setSaving(true);
    // A refused save keeps the dialog open with what was typed; the message is already shown.
    await onSave(parsed.data).then(onClose, () => setSaving(false));
  };

  return (
    <Dialog opened onClose={onClose} size="xl" title={t(isNew ? 'swotBoard.strategyDialog.addTitle' : 'swotBoard.strategyDialog.editTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        data-testid="swot-strategy-dialog"
      >
        <Stack gap="sm">
          <div>
            <Text component="span" size="sm" fw={500} id="swot-strategy-kind">
              {t('swotBoard.strategyDialog.kind')}
            </Text>
            <SegmentedControl
              fullWidth
              aria-labelledby="swot-strategy-kind"
              data={strategyKinds.map((k) => ({ value: k, label: t(`swot.codes.strategyKinds.${k}`) }))}
              value={fields.kind}
              onChange={setKind}
              data-testid="swot-strategy-kind"
            />
          </div>
          <Textarea
            label={t('swotBoard.strategyDialog.text')}
            autosize
            minRows={3}
            data-autofocus
            value={fields.text}
            error={error}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setFields((f) => ({ ...f, text }));
              setError(null);
            }}
            data-testid="swot-strategy-text"
          />
          <Text size="sm">{t('swotBoard.strategyDialog.itemsHint')}</Text>
          <SimpleGrid cols={2}>
            {allowed.map((q) => {
              const items = itemsOf(board, q);
              return (
                <Fieldset key={q} variant="unstyled" legend={quadrantTitle(t, q)} data-testid={`swot-strategy-items-${q}`}>
                  <Stack gap={6} mt={6}>
                    {items.length === 0 && <Text c="dimmed">{t('swotBoard.quadrant.empty')}</Text>}
                    {items.map((item) => (
                      <Checkbox
                        key={item.id}
                        checked={fields.itemIds.includes(item.id)}
                        onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                        label={t('swotBoard.strategyDialog.itemLabel', { ref: refs.get(item.id), text: item.text, dots: item.dots })}
                        data-testid={`swot-strategy-item-${refs.get(item.id)}`}
                      />
                    ))}
                  </Stack>
                </Fieldset>
              );
            })}
          </SimpleGrid>
          <DialogFooter submitLabel={t('swotBoard.strategyDialog.save')} onCancel={onClose} busy={saving} submitTestId="swot-strategy-save" />
        </Stack>
      </form>
    </Dialog>
  );
}
