/** Splits a tactic body into its named `##` sections, so pages and playbooks can use each part. */
import type { RootContent as Content, List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The sections every tactic body must have, by heading text. */
const REQUIRED_SECTIONS = ['Why it works', 'Steps', 'Pitfalls', 'Signs it is working'] as const;

/** A `##` section: its heading text and the nodes under it. */
export interface Section {
  title: string;
  line: number;
  nodes: Content[];
}

/** Groups the top-level nodes under each `##` heading (nodes before the first go to an untitled intro). */
export function splitSections(tree: Root): Section[] {
  const sections: Section[] = [{ title: '', line: 1, nodes: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ title: toString(node).trim(), line: node.position?.start.line ?? 1, nodes: [] });
    } else {
      sections.at(-1)!.nodes.push(node);
    }
  }
  return sections.filter((s) => s.title || s.nodes.length);
}

/** Finds a section by its heading, ignoring case. */
function findSection(sections: Section[], title: string): Section | undefined {
  return sections.find((s) => s.title.toLowerCase() === title.toLowerCase());
}

/** The steps of a tactic: the first ordered list of its Steps section, one plain-text string per item. */
export function stepList(sections: Section[]): List | undefined {
  return findSection(sections, 'Steps')?.nodes.find((n): n is List => n.type === 'list' && n.ordered === true);
}

/** Which required sections a body lacks, and whether Steps has its numbered list. */
export function missingSections(sections: Section[]): string[] {
  const missing: string[] = REQUIRED_SECTIONS.filter((t) => !findSection(sections, t));
  if (findSection(sections, 'Steps') && !stepList(sections)) missing.push('a numbered list under Steps');
  return missing;
}
