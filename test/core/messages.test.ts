import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/core/messages.js';
import { check, MESSAGES } from '../../src/index.js';
import { arbitraryHostile, arbitraryNationalStudio } from '../helpers/arbitraries.js';

describe('message tables', () => {
  it('a complete list says so, an incomplete one names what is missing', () => {
    const r = check(
      'national',
      'studio',
      { resources: ['service_objects'], venue: { zones: ['back_office'] } },
      { asOf: '2026-11-22' },
    );
    const back = r.results.find((x) => x.ruleId === 'national.venue.back_office');
    const resources = r.results.find((x) => x.ruleId === 'national.resources');
    expect(back?.message).toEqual({
      zh: '后台办公区：后台办公区均已具备',
      en: 'Back office: all of back office present',
    });
    expect(resources?.message.zh).toContain('缺少基础信息库');
    expect(resources?.message.en).toContain('missing basic information library');
  });
  it('zh and en have the same codes', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
  });
  it('no rendered message leaves a placeholder unfilled', () => {
    const inputs = fc.sample(fc.oneof(arbitraryNationalStudio, arbitraryHostile), { numRuns: 300, seed: 42 });
    for (const input of [...inputs, {}, { leads: [{}], staff: [{}] }]) {
      const r = check('national', 'studio', input, { asOf: '2026-11-22' });
      for (const m of [...r.results.map((x) => x.message), ...r.problems.map((x) => x.message)]) {
        expect(m.zh).not.toMatch(/undefined|\[object|NaN/);
        expect(m.en).not.toMatch(/undefined|\[object|NaN/);
        expect(m.zh).not.toBe('');
        expect(m.en).not.toBe('');
      }
    }
  });
});

describe('render', () => {
  it('fills values in each language: text as is, a bilingual value in its language, a list joined', () => {
    expect(render('invalid_option', { detail: 'asOf = 1' })).toEqual({
      zh: '选项无效：asOf = 1',
      en: 'Invalid option: asOf = 1',
    });
    const list = [
      { zh: '甲', en: 'A' },
      { zh: '乙', en: 'B' },
    ];
    expect(render('invalid_type', { expected: { zh: '数字', en: 'number' }, received: list })).toEqual({
      zh: '类型错误：应为数字，实际为甲、乙',
      en: 'Wrong type: expected number, received A, B',
    });
  });
  it('a value not given renders empty; a code it does not know renders as itself', () => {
    expect(render('invalid_option')).toEqual({ zh: '选项无效：', en: 'Invalid option: ' });
    expect(render('no_such_code', { detail: 'x' })).toEqual({ zh: 'no_such_code', en: 'no_such_code' });
    expect(render('toString')).toEqual({ zh: 'toString', en: 'toString' });
  });
  it('every code, in both languages, as an official reads it (test/core/messages/all.txt)', async () => {
    // One value for every placeholder any template reads, so each sentence shows whole.
    const params = {
      label: '标签 label',
      required: 3,
      actual: 2,
      unit: 'unit',
      missing: 'M',
      paths: 'a.b',
      detail: 'detail',
      expected: 'E',
      received: 'R',
      options: 'a | b',
      limit: 10,
      key: 'k',
      count: 4,
      kind: 'kind',
      asOf: '2026-11-22',
      range: '2026-02-01 – 2031-01-31',
      year: 2027,
      date: '2027-01-01',
      from: '2007-01-01',
      to: '2026-12-31',
      policy: 'tianjin',
      id: 'venue.areaSqm',
      value: '80',
      choices: '"remaining" | "term"',
    };
    const lines = Object.keys(MESSAGES.zh)
      .sort()
      .flatMap((code) => {
        const m = render(code, params);
        return [`${code}`, `  zh: ${m.zh}`, `  en: ${m.en}`];
      });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('messages/all.txt');
  });
});
