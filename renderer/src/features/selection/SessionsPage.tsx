// STUB: helper "selection setup" replaces this file (the list of sessions, new session, link to the rubric library).
export function SessionsPage() {
  return <div data-testid="selection-sessions" />;
}
