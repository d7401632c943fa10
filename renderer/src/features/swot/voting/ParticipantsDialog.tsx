import { ActionIcon, Autocomplete, Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOTS_MAX } from '../../../../../shared/domain/swot/codes';
import type { SwotBoard } from '../../../../../shared/domain/swot/schemas';
import { Dialog } from '../../../ui/Dialog';
import { dotsUsedByVoter } from '../../../../../shared/domain/swot/dotTally';
import { quietly, type SwotEdit } from '../useSwotBoard';

export interface ParticipantsDialogProps {
  board: SwotBoard;
  edit: SwotEdit;
  /** The actors on the cluster's stakeholder map, offered as participants. */
  actors: readonly { id: string; name: string }[];
  onClose: () => void;
}

/**
 * Who votes and with how many dots: participants come from the cluster's stakeholder map or are
 * typed in; removing one takes their dots back with them.
 */
export function ParticipantsDialog({ board, edit, actors, onClose }: ParticipantsDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [dots, setDots] = useState<string | number>(board.dotsPerVoter);
  const taken = new Set(board.voters.map((v) => v.actorId).filter(Boolean));
  const used = dotsUsedByVoter(board);
  const offered = actors.filter((a) => !taken.has(a.id)).map((a) => a.name);

  const add = () => {
    const typed = name.trim();
    if (!typed) return;
    // A name picked from the map keeps its link to the actor; anything else is a typed participant.
    const actor = actors.find((a) => a.name === typed && !taken.has(a.id));
    quietly(edit('swot.voters.add', { clusterId: board.clusterId, fields: { name: typed, actorId: actor?.id ?? null } }).then(() => setName('')));
  };

  const saveDots = () => {
    if (typeof dots !== 'number' || dots === board.dotsPerVoter) return;
    // Refused (fewer dots than someone has given): the field shows the board's figure again.
    edit('swot.board.settings', { clusterId: board.clusterId, dotsPerVoter: dots }).catch(() => setDots(board.dotsPerVoter));
  };

  return (
    <Dialog opened onClose={onClose} title={t('swotBoard.participants.title')} size="lg">
      <Stack gap="md" data-testid="swot-participants-dialog">
        <NumberInput
          label={t('swotBoard.participants.dotsPerVoter')}
          description={t('swotBoard.participants.dotsHint')}
          min={1}
          max={DOTS_MAX}
          allowDecimal={false}
          value={dots}
          onChange={setDots}
          onBlur={saveDots}
          onKeyDown={(e) => e.key === 'Enter' && saveDots()}
          w="14rem"
          data-testid="swot-dots-per-voter"
        />
        {board.voters.length === 0 ? (
          <Text c="dimmed">{t('swotBoard.participants.none')}</Text>
        ) : (
          <List listStyleType="none" spacing={4} data-testid="swot-participants">
            {board.voters.map((v) => (
              <List.Item key={v.id}>
                <Group gap="sm" wrap="nowrap">
                  <Text component="span" className="wrap-anywhere">
                    {v.name}
                  </Text>
                  <Text component="span" size="sm" c="dimmed">
                    {t('swotBoard.participants.used', { used: used.get(v.id) ?? 0, limit: board.dotsPerVoter })}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="sm"
                    ml="auto"
                    onClick={() => quietly(edit('swot.voters.remove', { id: v.id }))}
                    aria-label={t('swotBoard.participants.remove', { name: v.name })}
                    data-testid="swot-participant-remove"
                  >
                    <IconTrash size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Group align="flex-end" wrap="nowrap">
          <Autocomplete
            label={t('swotBoard.participants.add')}
            description={t(offered.length ? 'swotBoard.participants.addHint' : 'swotBoard.participants.addHintNoMap')}
            data={offered}
            value={name}
            onChange={setName}
            onKeyDown={(e) => {
              // Enter that picks a suggestion fills the field; Enter on the text adds it.
              if (e.key === 'Enter' && !e.defaultPrevented) add();
            }}
            style={{ flex: 1 }}
            data-testid="swot-participant-name"
          />
          <Button onClick={add} disabled={!name.trim()} data-testid="swot-participant-add">
            {t('swotBoard.participants.addButton')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
