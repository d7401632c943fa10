// STUB: helper "swot screens" replaces this file (the SWOT board with dot voting and the TOWS strategies).
export function SwotPage({ clusterId }: { clusterId: string }) {
  return <div data-testid="swot-page" data-cluster={clusterId} />;
}
