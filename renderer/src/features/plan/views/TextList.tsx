/** Several texts in one cell as a bulleted list, each free to wrap anywhere (long names, URLs). */
export function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul className="plan-view__list">
      {items.map((text, i) => (
        <li key={i} className="wrap-anywhere">
          {text}
        </li>
      ))}
    </ul>
  );
}
