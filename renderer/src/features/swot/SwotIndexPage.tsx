// STUB: helper "swot screens" replaces this file (which cluster's SWOT to open).
export function SwotIndexPage() {
  return <div data-testid="swot-index" />;
}
