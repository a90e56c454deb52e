// What a report carries to read on its own: the document, the subject and its name, the
// clauses it cites (verbatim, in the text's order) and the words for the paths it names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citedClauses } from '../../src/core/context.js';
import { check, getPolicy } from '../../src/index.js';

const app = JSON.parse(
  readFileSync(new URL('../../examples/tianjin/studio-application.json', import.meta.url), 'utf8'),
);
const AS_OF = '2026-11-22';

describe('citedClauses', () => {
  const tianjin = getPolicy('tianjin');
  const order = (ids: string[]) => ids.map((id) => tianjin.clauses.findIndex((c) => c.id === id));

  it('lists each clause the results cite once, in the text’s order, as the policy words it', () => {
    const results = [
      { ruleId: 'b', clauses: ['三（二）3', '二（一）2'] },
      { ruleId: 'a', clauses: ['二（一）2'] },
    ];
    const cited = citedClauses(tianjin, results);
    expect(cited.map((c) => c.id)).toEqual(['二（一）2', '三（二）3']);
    expect(order(cited.map((c) => c.id))).toEqual([...order(cited.map((c) => c.id))].sort((x, y) => x - y));
    for (const c of cited) expect(c).toBe(tianjin.clauses.find((x) => x.id === c.id));
  });

  it('the same rules give the same list, a fresh array each time; other rules another list', () => {
    const one = [{ ruleId: 'x', clauses: ['二（一）1'] }];
    const first = citedClauses(tianjin, one);
    const second = citedClauses(tianjin, one);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    second.push(tianjin.clauses[0] as never);
    expect(citedClauses(tianjin, one)).toEqual(first);
    // A longer sequence sharing the first rule, and the same rule id under another policy.
    expect(citedClauses(tianjin, [...one, { ruleId: 'y', clauses: ['二（四）'] }]).map((c) => c.id)).toEqual([
      '二（一）1',
      '二（四）',
    ]);
    expect(citedClauses(getPolicy('national'), [{ ruleId: 'x', clauses: ['一（四）'] }]).map((c) => c.id)).toEqual([
      '一（四）',
    ]);
    expect(citedClauses(tianjin, [])).toEqual([]);
  });
});

describe('a report reads on its own', () => {
  it('names the document, the subject, the studio and the applicant body', () => {
    const r = check('tianjin', 'studio', app, { asOf: AS_OF });
    const p = getPolicy('tianjin');
    expect(r.document).toEqual({ title: p.title, issuer: p.issuer, docNumber: p.docNumber, binding: true });
    expect(r.subjectLabel).toEqual(p.checks.studio?.label);
    expect(r.name).toBe(app.name);
    expect(r.applicant).toBe(app.carrier.name);
    const cited = new Set(r.results.flatMap((x) => x.clauses));
    expect(r.cited?.map((c) => c.id)).toEqual(p.clauses.filter((c) => cited.has(c.id)).map((c) => c.id));
    expect(r.fields).toEqual({});
  });

  it('gives words for every path it asks for or finds wrong, and leaves out a blank name', () => {
    const { venue, ...rest } = app;
    const { consultingAreaSeparated: _, ...unsaid } = venue;
    const r = check(
      'tianjin',
      'studio',
      { ...rest, name: '  ', venue: { ...unsaid, areaSqm: 'big' } },
      { asOf: AS_OF },
    );
    expect('name' in r).toBe(false);
    // A path a rule asks for, and a path a problem names, both get their words.
    expect(r.fields?.['venue.consultingAreaSeparated']?.zh).toContain('隔离');
    const asked = r.results.flatMap((x) => x.missing ?? []).concat(r.problems.map((x) => x.path.join('.')));
    expect(asked.length).toBeGreaterThan(0);
    expect(Object.keys(r.fields ?? {})).toContain('venue.areaSqm');
    for (const path of Object.keys(r.fields ?? {})) expect(asked).toContain(path);
    expect(r.fields?.['venue.areaSqm']?.zh).toContain('面积');
  });

  it('the guideline is guidance, in the document it names', () => {
    expect(check('national', 'studio', {}, { asOf: AS_OF }).document?.binding).toBe(false);
  });
});
