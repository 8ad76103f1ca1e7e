/**
 * "Colour by author" for one open document: whether it is on, and the legend the editor
 * plugin found (who wrote visible text, in which colour). Outside React state so the
 * plugin can update the legend after edits without a commit unless it actually changed.
 */
export interface LegendEntry {
  /** Index into the authorship palette (CSS `::highlight(accord-author-N)`). */
  slot: number;
  name: string | null;
}

export interface AuthorshipSnapshot {
  on: boolean;
  legend: LegendEntry[];
}

export class AuthorshipState {
  private snapshot: AuthorshipSnapshot = { on: false, legend: [] };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AuthorshipSnapshot => this.snapshot;

  private patch(patch: Partial<AuthorshipSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  toggle(): void {
    this.patch({ on: !this.snapshot.on, legend: [] });
  }

  setLegend(legend: LegendEntry[]): void {
    const current = this.snapshot.legend;
    if (current.length === legend.length && current.every((entry, i) => entry.slot === legend[i]!.slot && entry.name === legend[i]!.name)) return;
    this.patch({ legend });
  }
}
