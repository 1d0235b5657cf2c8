/** Writes a small, valid library (content + catalogue) into a temporary folder, for tests to break on purpose. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isScalar, isSeq, parseDocument, visit } from 'yaml';
import { TEMPLATE_IDS } from '../../src/core/schema/index.ts';
import { SITUATION_IDS } from '../../src/core/taxonomy.ts';

/** The catalogue the fixture cites. */
const FIXTURE_CATALOGUE = `sources:
  - id: alpha
    points:
      - { id: alpha-1, gist: x }
      - { id: alpha-2, gist: y }
  - id: beta
    points:
      - { id: beta-1, gist: z }
`;

const tactic = (title: string, sources: string, related = '[]', audience = '[pmm]') => `---
title: ${title}
summary: A short summary of what you do.
situations: [new-in-role, tense-relationship]
audience: ${audience}
sources: ${sources}
card:
  prepare: 30 minutes
  run: 45 minutes
  room: [You, one PM]
  effort: light
stages: [startup, scaleup]
relationship: [strained, broken]
phase: listen
impact: weeks
revisit_weeks: 4
related: ${related}
perspectives:
  pm: The PM's side.
  pmm: The PMM's side.
---

## Why it works
Because.

## Steps
1. Do one thing.
2. Do another.

## Pitfalls
- A pitfall.

## Signs it is working
- A sign.
`;

/** The fixture's points, which its templates cite in place of the library's. */
const FIXTURE_POINTS = ['alpha-1', 'alpha-2', 'beta-1'];

/** The real `content/templates/<id>.yaml`, with each `sources` list citing the fixture's points instead. */
function fixtureTemplate(id: string): string {
  const doc = parseDocument(readFileSync(new URL(`../../content/templates/${id}.yaml`, import.meta.url), 'utf8'));
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'sources' || !isSeq(pair.value)) return;
      pair.value.items.forEach((item, i) => {
        if (isScalar(item)) item.value = FIXTURE_POINTS[i % FIXTURE_POINTS.length];
      });
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** File path (relative to the fixture root) → contents, for a valid library. */
export function validFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'advice-points.yaml': FIXTURE_CATALOGUE,
    'content/tactics/listen-first.md': tactic('Listen first', '[alpha-1, beta-1]', '[reset-together]'),
    'content/tactics/reset-together.md': tactic('Reset together', '[alpha-2]', '[]', '[pm, pmm]'),
    'content/playbooks/listening-tour.md': `---
title: Listening tour
summary: Listen, then act.
goal: A plan people trust.
situations: [new-in-role]
audience: [pmm]
duration: 3 weeks
room: [You]
featured: true
steps:
  - { tactic: listen-first, when: Week 1 }
  - { tactic: reset-together, when: Week 2 }
checklist: [Book the 1:1s]
---
Intro.
`,
    'content/sources/alpha.yaml': `kind: answer
author: Ada Example
role: Head of PMM
organization: Example Org
summary: What alpha contributed.
points:
  - { id: alpha-1, label: One, summary: First point. }
  - { id: alpha-2, label: Two, summary: Second point. }
`,
    'content/sources/beta.yaml': `kind: article
title: An example article
summary: What beta contributed.
points:
  - { id: beta-1, label: Three, summary: Third point. }
`,
    'content/profiles/example-co.yaml': 'company: Example Co\nstage: startup\nreader: pmm\nrelationship: healthy\n',
  };
  for (const id of TEMPLATE_IDS) files[`content/templates/${id}.yaml`] = fixtureTemplate(id);
  SITUATION_IDS.forEach((id, i) => {
    files[`content/situations/${id}.yaml`] =
      `order: ${i + 1}\ntitle: Title ${i + 1}\nshort: Short ${i + 1}.\ndescription: Description.\nphrases: [one, two, three, four, five]\n`;
  });
  return files;
}

/** Writes the valid library with `changes` applied (a null value deletes a file); returns its root and a cleanup. */
export function writeFixture(changes: Record<string, string | null> = {}): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'playbook-lib-'));
  const files: Record<string, string | null> = { ...validFiles(), ...changes };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
