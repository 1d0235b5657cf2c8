/** Wording over every built page: articles, doubled words and plurals come out right wherever the pages put words together. */
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../helpers/site-files.ts';
import { pageText, wordingSlips } from '../helpers/wording.ts';

describe('the wording checks themselves', () => {
  it('catch each kind of slip and let the honest exceptions through', () => {
    const slips = wordingSlips(
      pageText(
        '<p>At a enterprise, for a user, a UX review, a one-page plan, an hour, an MVP, the the end, 1 playbooks, step 1 is.</p>' +
          '<p>an big deal</p><ul><li>Lead</li><li>Lead</li></ul><p>a check-in in March</p>',
      ),
    ).map((s) => s.rule);
    expect(slips.sort()).toEqual(['a before a vowel', 'an before a consonant', 'doubled word', 'plural after 1']);
  });
});

describe.each(inject('sites'))('wording of the site built with BASE_PATH=$base', ({ base, dir }) => {
  it('has no a/an slip, doubled word or "1 …s" on any built page (downloads included)', () => {
    const pages = builtPages(dir, base);
    expect(pages.length).toBeGreaterThan(20);
    const slips = pages.flatMap((p) => wordingSlips(pageText(p.html)).map((s) => `${p.path}: ${s.rule}: “${s.text}”`));
    expect(slips).toEqual([]);
  });
});
