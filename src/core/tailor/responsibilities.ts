/** The responsibilities grid (PM, PMM, Sales × activities), read from the library's template and fitted to the company's stage. */
import type { ResponsibilitiesTemplate, Role } from '../schema/index.ts';
import type { Stage } from '../taxonomy.ts';

export type { Role };

/** One activity and who plays which role in it. */
export interface GridRow {
  activity: string;
  pm: Role;
  pmm: Role;
  sales: Role;
  sources: string[];
}

/** The grid with a note on how to agree it at this stage. */
export interface Grid {
  note: string;
  noteSources: string[];
  rows: GridRow[];
}

/** The grid for a stage, from `templates/responsibilities.yaml`; every row is checked to have exactly one lead. */
export function responsibilities(stage: Stage, template: ResponsibilitiesTemplate): Grid {
  const rows = template.rows
    .filter((r) => !r.stages || r.stages.includes(stage))
    .map(({ activity, pm, pmm, sales, sources }) => ({ activity, pm, pmm, sales, sources }));
  checkGrid(rows);
  const note = template.notes[stage];
  return { note: note.text, noteSources: note.sources, rows };
}

/** Throws unless each activity has exactly one lead. */
export function checkGrid(rows: GridRow[]): void {
  for (const row of rows) {
    const leads = (['pm', 'pmm', 'sales'] as const).filter((r) => row[r] === 'lead');
    if (leads.length !== 1)
      throw new Error(`responsibilities: "${row.activity}" has ${leads.length} leads; each activity needs exactly one`);
  }
}
