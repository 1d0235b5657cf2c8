/** Checklist items as the site shows them: one real checkbox each, with an id stable across builds (from the item's words). */
import GithubSlugger from 'github-slugger';

/** One item: its checkbox id (also the key its ticked state is kept under) and its text. */
export interface ChecklistItem {
  id: string;
  text: string;
}

/** Ids from the words, so reordering a list keeps each item's tick; repeats get a numbered suffix. */
export function checkIds(texts: string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((t) => `check-${slugger.slug(t.slice(0, 60))}`);
}

/** The items of a checklist. */
export const checklistItems = (texts: string[]): ChecklistItem[] => {
  const ids = checkIds(texts);
  return texts.map((text, i) => ({ id: ids[i]!, text }));
};
