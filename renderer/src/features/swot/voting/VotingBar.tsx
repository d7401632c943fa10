import { Badge, Button, Group, Select, Switch } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotBoard } from '../../../../../shared/domain/swot/schemas';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { dotsLeft } from '../../../../../shared/domain/swot/dotTally';
import { quietly, type SwotEdit } from '../useSwotBoard';
import { ParticipantsDialog } from './ParticipantsDialog';

export interface VotingBarProps {
  board: SwotBoard;
  edit: SwotEdit;
  actors: readonly { id: string; name: string }[];
  votingAs: string | null;
  setVotingAs: (voterId: string | null) => void;
  byDots: boolean;
  setByDots: (on: boolean) => void;
}

/**
 * Dot voting above the board: who is voting now (their + and − on every card), the dots each
 * participant has left, the "most dots first" view, and taking every dot back to vote again.
 */
export function VotingBar({ board, edit, actors, votingAs, setVotingAs, byDots, setByDots }: VotingBarProps) {
  const { t } = useTranslation();
  const [managing, setManaging] = useState(false);
  const [clearing, setClearing] = useState(false);
  const hasDots = board.items.some((i) => i.dots > 0);

  return (
    <div className="swot-voting editing-chrome" data-testid="swot-voting">
      <Group gap="sm" align="flex-end">
        <Button variant="default" leftSection={<IconUsers size={16} aria-hidden />} onClick={() => setManaging(true)} data-testid="swot-participants-open">
          {t('swotBoard.voting.participants', { n: board.voters.length, dots: board.dotsPerVoter })}
        </Button>
        <Select
          label={t('swotBoard.voting.votingAs')}
          placeholder={t('swotBoard.voting.nobody')}
          data={board.voters.map((v) => ({ value: v.id, label: v.name }))}
          value={votingAs}
          onChange={setVotingAs}
          clearable
          disabled={board.voters.length === 0}
          w="14rem"
          data-testid="swot-voting-as"
        />
        <Switch label={t('swotBoard.voting.byDots')} checked={byDots} onChange={(e) => setByDots(e.currentTarget.checked)} mb={8} data-testid="swot-by-dots" />
        <Button variant="subtle" color="red" disabled={!hasDots} onClick={() => setClearing(true)} ml="auto" data-testid="swot-clear-dots">
          {t('swotBoard.voting.clear')}
        </Button>
      </Group>
      {board.voters.length > 0 && (
        <Group gap={6} mt="xs" aria-label={t('swotBoard.voting.remainingTitle')} role="group" data-testid="swot-remaining">
          {board.voters.map((v) => {
            const left = dotsLeft(board, v.id);
            return (
              <Badge key={v.id} variant={v.id === votingAs ? 'filled' : 'outline'} color={left === 0 ? 'gray' : 'teal'} tt="none" size="lg">
                {t('swotBoard.voting.remaining', { name: v.name, left, limit: board.dotsPerVoter })}
              </Badge>
            );
          })}
        </Group>
      )}
      {managing && <ParticipantsDialog board={board} edit={edit} actors={actors} onClose={() => setManaging(false)} />}
      {clearing && (
        <ConfirmDialog
          title={t('swotBoard.voting.clearTitle')}
          message={t('swotBoard.voting.clearMessage')}
          confirmLabel={t('swotBoard.voting.clearConfirm')}
          onConfirm={() => quietly(edit('swot.votes.clear', { clusterId: board.clusterId }))}
          onClose={() => setClearing(false)}
          confirmTestId="swot-clear-dots-confirm"
          focus="confirm"
        />
      )}
    </div>
  );
}
