/** The content components an `.mdx` body may use (DESIGN.md §6 rule 12), and the data shape a titled block takes. */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** What a block holds: something to copy and fill in, words to say or send, a timed agenda, or a callout's aside. */
export type BlockKind = 'template' | 'script' | 'agenda' | 'tip' | 'warning';

/** Each component and its one attribute; a callout's `kind` takes one of `values`. */
export const COMPONENTS = {
  Template: { attribute: 'title', kind: 'template' },
  Script: { attribute: 'title', kind: 'script' },
  Agenda: { attribute: 'title', kind: 'agenda' },
  Callout: { attribute: 'kind', values: ['tip', 'warning'] },
} as const;

/** A component's name as written in content. */
export type ComponentName = keyof typeof COMPONENTS;

/** The components as validation messages list them. */
export const COMPONENT_USAGE = Object.entries(COMPONENTS).map(([name, c]) => `<${name} ${c.attribute}>`);

/** How a block's kind and a callout's kind read in headings and labels. */
export const KIND_LABELS = { template: 'Template', script: 'Script', agenda: 'Agenda', tip: 'Tip', warning: 'Warning' };

/** A template, script, agenda or callout as data: small enough to ship to the browser, and placed as is in any document. */
export interface ContentBlock {
  kind: BlockKind;
  /** The block's title ('' for a callout, which is led by its kind: "Tip:"). */
  title: string;
  /** The block's content as plain mdast: no positions, no MDX nodes. */
  content: RootContent[];
}

/** A known component and the value of its attribute ('' when missing or not a plain string). */
export interface ComponentUse {
  name: ComponentName;
  value: string;
}

/** True for the names of the content components. */
export const isComponentName = (name: string | null): name is ComponentName =>
  name !== null && Object.hasOwn(COMPONENTS, name);

/** The component a JSX block element is, with its attribute's value; undefined for anything else. */
export function componentOf(node: MdxJsxFlowElement): ComponentUse | undefined {
  if (!isComponentName(node.name)) return undefined;
  const wanted = COMPONENTS[node.name].attribute;
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === wanted);
  const value = attribute && typeof attribute.value === 'string' ? attribute.value.trim() : '';
  return { name: node.name, value };
}
