/** Shorthand people type for the roles and measures the library spells out; each maps to the library's word. */

/** Folded shorthand → the words to search as well (the shorthand itself is still searched when the library uses it). */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  ae: ['sales'],
  aes: ['sales'],
  rep: ['sales'],
  reps: ['sales'],
  seller: ['sales'],
  sellers: ['sales'],
  kpi: ['metric'],
  kpis: ['metric'],
  okr: ['goal'],
  okrs: ['goal'],
  roi: ['value'],
  vp: ['leader'],
  vps: ['leader'],
  exec: ['executive'],
  execs: ['executive'],
  ceo: ['executive'],
  cmo: ['executive'],
  cpo: ['executive'],
  cro: ['executive'],
  boss: ['leader', 'manager'],
  bosses: ['leader', 'manager'],
  eng: ['engineering'],
  devs: ['engineering'],
  gtm: ['launch'],
};
