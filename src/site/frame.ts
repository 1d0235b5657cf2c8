/** What every page hands the layout: title, description, where it sits in the navigation, and its outline. */
import type { OutlineItem } from '../core/markdown/heading-ids.ts';
import type { Link } from './cards.ts';

/** The main navigation's sections. */
export type Section = 'situations' | 'tactics' | 'playbooks' | 'sources' | 'search' | 'tailor';

/** The layout's props, composed by each page's data module. */
export interface PageFrame {
  title: string;
  description?: string;
  section?: Section;
  crumbs?: Link[];
  outline?: OutlineItem[];
}
