import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, escapeHtml, renderReport } from '../../src/index.js';

const app = JSON.parse(
  readFileSync(new URL('../../examples/national/ineligible-studio.json', import.meta.url), 'utf8'),
);
const html = (input: unknown) =>
  renderReport(check('national', 'studio', input, { asOf: '2026-11-22' }), { format: 'html' });

describe('the HTML report', () => {
  it('is one self-contained file: no script, no external asset', () => {
    const out = html(app);
    expect(out).not.toMatch(/<script|<link|src=|href=|url\(/iu);
    expect(out).toContain('@page { size: A4');
  });
  it('a studio named <script> prints as text', () => {
    const out = html({ ...app, name: '<script>alert(1)</script>', region: '"&\'' });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
  it('quotes the clause text once and says what to supply in words, the path only as data', () => {
    const out = html({ ...app, annualWorkPlan: undefined });
    expect(out).toContain('<td class="clause" rowspan=');
    expect(out).toContain('<span class="quote">');
    expect(out).toContain('制定年度工作计划');
    expect(out).toContain('data-path="annualWorkPlan"');
    expect(out.replace(/<[^>]*>/gu, '')).not.toContain('annualWorkPlan');
  });
  it('property: any string in any input field appears escaped', () => {
    const fields = [
      'name',
      'region',
      'leads.0.name',
      'leads.0.role',
      'carrier.kind',
      'venue.zones.0',
      'systems.0',
      'unknownKey',
    ] as const;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(...fields), (s, field) => {
        const value = `⟦${s}⟧`;
        const copy = structuredClone(app);
        const path = field.split('.');
        let target = copy;
        for (const k of path.slice(0, -1)) target = target[k];
        target[path[path.length - 1] as string] = value;
        const out = html(copy);
        // Whatever the field, wherever the value surfaces (a message, a problem's path or
        // key), it surfaces escaped: never a raw <, >, & or quote from the input.
        const surfaced = [...out.matchAll(/⟦(.*?)⟧/gsu)];
        for (const m of surfaced) expect(m[1]).not.toMatch(/[<>"']|&(?!#\d+;)/u);
        // Not vacuous: a studio's name is always quoted back by the naming rule.
        if (field === 'name') expect(surfaced.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
