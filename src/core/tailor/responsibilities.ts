/** The responsibilities grid (PM, PMM, Sales × activities), drawn from the sources and fitted to the company's stage. */
import type { Stage } from '../taxonomy.ts';

/** Lead: owns it; contribute: does part of it; informed: hears about it in time. */
export type Role = 'lead' | 'contribute' | 'informed';

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

const ROWS: (GridRow & { stages?: Stage[] })[] = [
  {
    activity: 'Customer research and discovery',
    pm: 'lead',
    pmm: 'contribute',
    sales: 'informed',
    sources: ['dunn-2', 'tango-t1'],
  },
  {
    activity: 'Deciding what to build and in what order',
    pm: 'lead',
    pmm: 'contribute',
    sales: 'informed',
    sources: ['dunn-2', 'productplan-2'],
  },
  {
    activity: 'Competitive analysis and market sizing',
    pm: 'contribute',
    pmm: 'lead',
    sales: 'contribute',
    sources: ['tango-t2', 'tango-t3'],
    stages: ['scaleup', 'enterprise'],
  },
  {
    activity: 'Early notice of releases and roadmap changes',
    pm: 'lead',
    pmm: 'informed',
    sales: 'informed',
    sources: ['tango-l3', 'productplan-4'],
  },
  {
    activity: 'Positioning and messaging',
    pm: 'contribute',
    pmm: 'lead',
    sales: 'contribute',
    sources: ['dunn-2', 'tango-l3'],
  },
  {
    activity: 'Launch plan and go-to-market',
    pm: 'contribute',
    pmm: 'lead',
    sales: 'contribute',
    sources: ['dunn-2', 'zhang-1'],
  },
  {
    activity: 'Sales readiness: pitch, demo, data sheets',
    pm: 'contribute',
    pmm: 'lead',
    sales: 'contribute',
    sources: ['dunn-2', 'dziuba-1'],
  },
  {
    activity: 'Website and launch content',
    pm: 'informed',
    pmm: 'lead',
    sales: 'informed',
    sources: ['dunn-2'],
    stages: ['scaleup', 'enterprise'],
  },
  {
    activity: 'What may be promised to customers about the roadmap',
    pm: 'lead',
    pmm: 'contribute',
    sales: 'contribute',
    sources: ['sales-marketing-c1', 'productplan-4'],
  },
];

const NOTES: Record<Stage, { note: string; sources: string[] }> = {
  startup: {
    note: 'At a startup, personalities matter more than titles: agree this in one informal conversation, write it down in a few lines, and check in on it every month or two.',
    sources: ['dunn-3'],
  },
  scaleup: {
    note: 'Agree this openly between the PM and PMM leads, then hand tasks to whoever has the skill and the appetite for them, even where the title says otherwise.',
    sources: ['tango-l1', 'productplan-3'],
  },
  enterprise: {
    note: 'At this size, start from a published framework (such as Pragmatic Institute’s), agree who leads each activity, and have both leaders sign it off.',
    sources: ['dunn-1', 'tango-l1'],
  },
};

/** The grid for a stage; every row is checked to have exactly one lead. */
export function responsibilities(stage: Stage): Grid {
  const rows = ROWS.filter((r) => !r.stages || r.stages.includes(stage)).map(({ stages: _stages, ...row }) => row);
  checkGrid(rows);
  return { note: NOTES[stage].note, noteSources: NOTES[stage].sources, rows };
}

/** Throws unless each activity has exactly one lead. */
export function checkGrid(rows: GridRow[]): void {
  for (const row of rows) {
    const leads = (['pm', 'pmm', 'sales'] as const).filter((r) => row[r] === 'lead');
    if (leads.length !== 1)
      throw new Error(`responsibilities: "${row.activity}" has ${leads.length} leads; each activity needs exactly one`);
  }
}
