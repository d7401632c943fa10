import type { ActorRef } from '../../../../../shared/domain/plan/types';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/**
 * An actor the plan names; one deleted from the map since keeps its name, marked. With `clip`
 * (a line-clamp class) the name is clamped and the mark set below it, so a long name can never
 * clip the mark away.
 */
export function ActorName({ actor, clip }: { actor: ActorRef; clip?: string }) {
  const { t } = useWords();
  const mark = `(${t('planPrint.programs.deleted')})`;
  if (clip)
    return (
      <>
        <div className={clip}>
          <Txt>{actor.name}</Txt>
        </div>
        {actor.deleted && <div className="deleted">{mark}</div>}
      </>
    );
  return (
    <>
      <Txt>{actor.name}</Txt>
      {actor.deleted && <span className="deleted"> {mark}</span>}
    </>
  );
}
