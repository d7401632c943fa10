import { useWords } from './WordsContext';

/**
 * A month span ("Mar–Apr 2027", "Nov 2027 – Feb 2028") that wraps only between its words, so a
 * narrow column never leaves "Mar–" on one line and "Apr" on the next.
 */
export function Months({ start, end }: { start: string; end: string }) {
  const { months } = useWords();
  return (
    <>
      {months(start, end)
        .split(' ')
        .map((part, i) => (
          <span key={i}>
            {i > 0 && ' '}
            <span className="nobr">{part}</span>
          </span>
        ))}
    </>
  );
}
