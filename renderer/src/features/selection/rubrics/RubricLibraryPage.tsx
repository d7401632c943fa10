// STUB: helper "selection setup" replaces this file (the rubric library: edit, version, export, import).
export function RubricLibraryPage() {
  return <div data-testid="selection-rubrics" />;
}
