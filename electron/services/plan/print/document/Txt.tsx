import { Fragment } from 'react';
import { printableText } from '../../../../../shared/domain/plan/safeText';

/** Between two markers ("[U+9676][U+5668]"): a run of Chinese or emoji would otherwise be one unbreakable word. */
const BETWEEN_MARKERS = /(?<=\[U\+[0-9A-F]{4,6}\])(?=\[U\+[0-9A-F]{4,6}\])/;

/**
 * A user's text in the document: rendered as React text (so markup prints as text, never runs),
 * isolated in <bdi> so it cannot reorder what surrounds it, with bidi controls and what the font
 * cannot draw shown as markers, a line allowed to break between two markers.
 */
export function Txt({ children }: { children: string }) {
  const parts = printableText(children).split(BETWEEN_MARKERS);
  return (
    <bdi>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </bdi>
  );
}
