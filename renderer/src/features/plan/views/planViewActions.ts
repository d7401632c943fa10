/** What a plan view asks of the page around it: open a program, strategy or the header in the editor, reload the plan. */
export interface PlanViewActions {
  /** Opens the program in the editor, at the field a check points to (`lead`, `activities.<id>`, `budget`). */
  openProgram(id: string, field?: string | null): void;
  openStrategy(id: string): void;
  openHeader(): void;
  /** Loads the plan again after a write these views made (a version frozen or deleted). */
  reload(): void;
}
