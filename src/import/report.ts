/**
 * What an import did: rows read per file, rows written per table (created / updated / unchanged),
 * and every skipped row grouped by reason, with the first few examples of each so a malformed
 * file can be fixed without reading it all.
 */

/** A source row that was not imported, and why. */
export interface Skip {
  file: string;
  /** Line of the row in the file (its first line for multi-line CSV records); 0 when not tied to one row. */
  line: number;
  reason: string;
  /** The offending value, to find the row quickly. */
  detail?: string;
}

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows in the database, in the import's scope, that the source no longer has (kept, not deleted). */
  notInSource: number;
  /** Rows removed: only importers that replace what they derived (the skill bridge) delete; absent otherwise. */
  deleted?: number;
}

interface SkipGroup {
  file: string;
  reason: string;
  total: number;
  examples: Skip[];
}

export class ImportReport {
  readonly startedAt = Date.now();
  finishedAt: number | undefined;
  readonly rowsRead = new Map<string, number>();
  readonly tables = new Map<string, TableCounts>();
  readonly notes: string[] = [];
  private readonly skipGroups = new Map<string, SkipGroup>();

  constructor(
    readonly source: string,
    readonly examplesPerReason = 3,
  ) {}

  read(file: string, rows: number): void {
    this.rowsRead.set(file, (this.rowsRead.get(file) ?? 0) + rows);
  }

  skip(skips: Skip | readonly Skip[]): void {
    for (const s of Array.isArray(skips) ? skips : [skips as Skip]) {
      const key = `${s.file}\u0000${s.reason}`;
      let group = this.skipGroups.get(key);
      if (!group) {
        group = { file: s.file, reason: s.reason, total: 0, examples: [] };
        this.skipGroups.set(key, group);
      }
      group.total += 1;
      if (group.examples.length < this.examplesPerReason) group.examples.push(s);
    }
  }

  count(table: string, counts: Partial<TableCounts>): void {
    const t = this.tables.get(table) ?? { created: 0, updated: 0, unchanged: 0, notInSource: 0 };
    t.created += counts.created ?? 0;
    t.updated += counts.updated ?? 0;
    t.unchanged += counts.unchanged ?? 0;
    t.notInSource += counts.notInSource ?? 0;
    if (counts.deleted !== undefined) t.deleted = (t.deleted ?? 0) + counts.deleted;
    this.tables.set(table, t);
  }

  note(message: string): void {
    this.notes.push(message);
  }

  get skipped(): SkipGroup[] {
    return [...this.skipGroups.values()];
  }

  get skippedTotal(): number {
    return this.skipped.reduce((sum, g) => sum + g.total, 0);
  }

  /** Total rows skipped for a reason (any file), for tests and callers that check a rule. */
  skippedFor(reason: string): number {
    return this.skipped.filter((g) => g.reason === reason).reduce((sum, g) => sum + g.total, 0);
  }

  /** True when the run wrote nothing: every table row was already as the source has it. */
  get changedNothing(): boolean {
    return [...this.tables.values()].every((t) => t.created === 0 && t.updated === 0 && !t.deleted);
  }

  finish(): this {
    this.finishedAt ??= Date.now();
    return this;
  }
}

const num = (n: number) => n.toLocaleString('en-US');

/** The summary the CLI prints. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [`Import ${report.source}`];
  if (report.rowsRead.size) {
    lines.push('', 'Rows read:');
    for (const [file, n] of report.rowsRead) lines.push(`  ${file.padEnd(34)} ${num(n).padStart(9)}`);
  }
  if (report.tables.size) {
    const deletes = [...report.tables.values()].some((t) => t.deleted !== undefined);
    lines.push(
      '',
      `  ${'table'.padEnd(32)} ${'created'.padStart(9)} ${'updated'.padStart(9)} ${'unchanged'.padStart(9)} ${'not in source'.padStart(14)}` +
        (deletes ? ` ${'deleted'.padStart(9)}` : ''),
    );
    for (const [table, t] of report.tables) {
      lines.push(
        `  ${table.padEnd(32)} ${num(t.created).padStart(9)} ${num(t.updated).padStart(9)} ${num(t.unchanged).padStart(9)} ${num(t.notInSource).padStart(14)}` +
          (deletes ? ` ${num(t.deleted ?? 0).padStart(9)}` : ''),
      );
    }
  }
  const groups = report.skipped;
  lines.push('', `Rows skipped: ${num(report.skippedTotal)}`);
  for (const g of groups) {
    lines.push(`  ${g.file}: ${g.reason} — ${num(g.total)}`);
    for (const e of g.examples) lines.push(`      line ${e.line}${e.detail ? `: ${e.detail}` : ''}`);
    if (g.total > g.examples.length) lines.push(`      … and ${num(g.total - g.examples.length)} more`);
  }
  if (report.notes.length) {
    lines.push('', 'Notes:');
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  const elapsed = ((report.finishedAt ?? Date.now()) - report.startedAt) / 1000;
  lines.push('', `Elapsed: ${elapsed.toFixed(1)} s`);
  return lines.join('\n');
}
