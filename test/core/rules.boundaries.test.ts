// Boundaries on both sides and the `missing` path of every rule helper: the kinds of
// mistake a flipped comparison or an emptied path list makes, which the policy tests
// (built on passing examples) do not see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, FIRST_DAY, formatIsoDate, LAST_DAY, parseIsoDate } from '../../src/calendar/date.js';
import { MAX_YEARS } from '../../src/calendar/periods.js';
import { InvalidArgumentError } from '../../src/core/errors.js';
import {
  allDeclared,
  amountAtLeast,
  atLeast,
  attested,
  decimalGte,
  distinctKey,
  enoughQualified,
  everyMember,
  foldDistinct,
  includesAll,
  listedKind,
  missing,
  nameFollows,
  present,
  reachesYears,
  yearsAtLeast,
} from '../../src/core/rules.js';
import type { Outcome, Parameter } from '../../src/core/types.js';
import { naming } from '../../src/policies/national/parameters.js';

const param = <T>(value: T, unit = true): Parameter<T> => ({
  id: 'p',
  value,
  clause: '1',
  quote: 'q',
  provenance: 'text',
  label: { zh: '标签', en: 'Label' },
  ...(unit ? { unit: { zh: '名', en: 'people' } } : {}),
});
const options = param([
  { id: 'a', label: { zh: '甲', en: 'A' } },
  { id: 'b', label: { zh: '乙', en: 'B' } },
]);
const pass: Outcome = { status: 'pass', code: 'x' };

describe('atLeast: a whole count against a minimum', () => {
  it('one below fails, equal and one above pass', () => {
    const five = param(5);
    expect(atLeast(five, 4, 'n').status).toBe('fail');
    expect(atLeast(five, 5, 'n').status).toBe('pass');
    expect(atLeast(five, 6, 'n').status).toBe('pass');
    expect(atLeast(five, 0, 'n')).toMatchObject({ code: 'count', expected: { min: 5 }, actual: 0 });
    expect(atLeast(five, 4, 'n').params).toMatchObject({ required: 5, actual: 4, unit: { zh: '名', en: 'people' } });
  });
  it('a missing count is unknown, naming exactly its path', () => {
    expect(atLeast(param(5), undefined, 'staff.count')).toEqual({
      status: 'unknown',
      code: 'missing',
      params: { label: { zh: '标签', en: 'Label' }, paths: 'staff.count' },
      missing: ['staff.count'],
    });
  });
  it('without a unit the message has an empty unit, not undefined', () => {
    expect(atLeast(param(1, false), 1, 'n').params?.unit).toEqual({ zh: '', en: '' });
  });
});

describe('amountAtLeast: decimal amounts, exactly', () => {
  it('equal values pass however written; a hair below fails; above passes', () => {
    const hundred = param('100');
    for (const equal of ['100', '100.00', '0100', 100]) expect(amountAtLeast(hundred, equal, 'a').status).toBe('pass');
    for (const below of ['99.99999999', 99.99, '99']) expect(amountAtLeast(hundred, below, 'a').status).toBe('fail');
    for (const above of ['100.00000001', 100.01, '101']) expect(amountAtLeast(hundred, above, 'a').status).toBe('pass');
  });
  it('shows the amount as given and names the path when missing', () => {
    expect(amountAtLeast(param('100'), '100.50', 'a')).toMatchObject({
      code: 'amount',
      actual: '100.50',
      expected: { min: '100' },
      params: { actual: '100.50', required: '100' },
    });
    expect(amountAtLeast(param('100'), undefined, 'venue.areaSqm')).toMatchObject({
      status: 'unknown',
      missing: ['venue.areaSqm'],
    });
  });
});

describe('decimalGte at equality and one unit either side', () => {
  // Pairs drawn to be equal, or to differ by one unit in the last place, written in
  // different notations (leading zeros, trailing zeros, numbers).
  const digits = fc.tuple(fc.stringMatching(/^[1-9]\d{0,10}$/), fc.stringMatching(/^\d{0,6}$/));
  const spell = fc.constantFrom('plain', 'leadingZeros', 'trailingZeros', 'number');
  const write = (i: string, f: string, how: string): string | number => {
    const text = f === '' ? i : `${i}.${f}`;
    if (how === 'leadingZeros') return `00${text}`;
    if (how === 'trailingZeros') return f === '' ? `${i}.000` : `${text}000`;
    if (how === 'number' && Number(text).toString() === text.replace(/\.?0+$/u, (m) => (text.includes('.') ? '' : m)))
      return Number(text);
    return text;
  };
  it('a value is >= itself in any notation, and the order of neighbours is strict (property)', () => {
    fc.assert(
      fc.property(digits, spell, spell, ([i, f], how1, how2) => {
        const a = write(i, f, how1);
        const b = write(i, f, how2);
        expect(decimalGte(a, b)).toBe(true);
        expect(decimalGte(b, a)).toBe(true);
        // One unit more in the last place of a longer fraction.
        const up = `${i}.${f}${'0'.repeat(7 - f.length)}1`;
        expect(decimalGte(up, a)).toBe(true);
        expect(decimalGte(a, up)).toBe(false);
        // One more integer unit with a shorter fraction, and fewer integer digits.
        expect(decimalGte(`${i}9`, a)).toBe(true);
        expect(decimalGte(a, `${i}9`)).toBe(false);
      }),
      { seed: 19, numRuns: 2000 },
    );
  });
  it('same number of integer digits: the integer part decides before the fraction', () => {
    expect(decimalGte('21.0', '12.9')).toBe(true);
    expect(decimalGte('12.9', '21.0')).toBe(false);
    expect(decimalGte('12.10', '12.09')).toBe(true);
    expect(decimalGte('12.09', '12.1')).toBe(false);
    expect(decimalGte(0, 0)).toBe(true);
    expect(decimalGte('0', 0)).toBe(true);
    expect(decimalGte('0.0', '0.00')).toBe(true);
  });
  it('numbers with exponents: at and around the exponent edges', () => {
    expect(decimalGte(1e21, '999999999999999999999')).toBe(true);
    expect(decimalGte('999999999999999999999', 1e21)).toBe(false);
    expect(decimalGte(1.5e21, '1500000000000000000000')).toBe(true);
    expect(decimalGte('1500000000000000000000', 1.5e21)).toBe(true);
    expect(decimalGte('1500000000000000000001', 1.5e21)).toBe(true);
    expect(decimalGte('1499999999999999999999', 1.5e21)).toBe(false);
    expect(decimalGte(1.25e-7, '0.000000125')).toBe(true);
    expect(decimalGte('0.000000125', 1.25e-7)).toBe(true);
    expect(decimalGte('0.000000124', 1.25e-7)).toBe(false);
    expect(decimalGte(1e-7, '0.0000001')).toBe(true);
    expect(decimalGte('0.0000001', 1e-7)).toBe(true);
    expect(decimalGte('0.00000009', 1e-7)).toBe(false);
    expect(decimalGte(1.234e22, '12340000000000000000000')).toBe(true);
    expect(decimalGte('12340000000000000000001', 1.234e22)).toBe(true);
    expect(decimalGte('12339999999999999999999', 1.234e22)).toBe(false);
  });
});

describe('years at a date (kind E) and declared years', () => {
  const five = param(5, false);
  it('reached on the anniversary, not the day before; declared 5 passes, 4.99 fails', () => {
    expect(reachesYears(5, { since: '2021-11-22' }, '2026-11-21')).toBe('fail');
    expect(reachesYears(5, { since: '2021-11-22' }, '2026-11-22')).toBe('pass');
    expect(reachesYears(5, { since: '2021-11-22' }, '2026-11-23')).toBe('pass');
    expect(reachesYears(5, { years: 5 }, '2026-11-22')).toBe('pass');
    expect(reachesYears(5, { years: 4.99 }, '2026-11-22')).toBe('fail');
    expect(reachesYears(5, { years: 5.01 }, '2026-11-22')).toBe('pass');
    // A start date wins over a declared number.
    expect(reachesYears(5, { since: '2025-01-01', years: 30 }, '2026-11-22')).toBe('fail');
    expect(reachesYears(5, {}, '2026-11-22')).toBe('unknown');
    expect(reachesYears(5, undefined, '2026-11-22')).toBe('unknown');
  });
  it('shows exact years and days: on the anniversary, the day before and after', () => {
    const at = (asOf: string) => yearsAtLeast(five, { since: '2021-11-22' }, asOf, ['since']);
    expect(at('2026-11-22')).toMatchObject({
      status: 'pass',
      code: 'years',
      expected: { minYears: 5 },
      actual: { since: '2021-11-22', years: 5, days: 0 },
      params: { required: 5, actual: { zh: '5年0天', en: '5 years 0 days' } },
    });
    expect(at('2026-11-21')).toMatchObject({ status: 'fail', actual: { years: 4, days: 364 } });
    expect(at('2026-11-23')).toMatchObject({ status: 'pass', actual: { years: 5, days: 1 } });
    // Before the anniversary in a later calendar year; and a start in the future.
    expect(at('2027-01-05')).toMatchObject({ actual: { years: 5, days: 44 } });
    expect(yearsAtLeast(five, { since: '2027-01-01' }, '2026-11-22', ['s'])).toMatchObject({
      status: 'fail',
      actual: { years: 0, days: 0 },
    });
    expect(yearsAtLeast(five, { since: '2026-11-22' }, '2026-11-22', ['s'])).toMatchObject({
      actual: { years: 0, days: 0 },
    });
  });
  it('declared years are shown as declared; nothing known is unknown with the given paths', () => {
    expect(yearsAtLeast(five, { years: 6 }, '2026-11-22', ['p'])).toMatchObject({
      status: 'pass',
      actual: { years: 6 },
      params: { actual: { zh: '申报6年', en: '6 years declared' } },
    });
    expect(yearsAtLeast(five, {}, '2026-11-22', ['leads.0.mentoringSince', 'x'])).toMatchObject({
      status: 'unknown',
      missing: ['leads.0.mentoringSince', 'x'],
    });
  });
});

describe('years past the calendar: an anniversary after 9999-12-31 is never reached', () => {
  it('5 years from 9994-12-31 are reached on 9999-12-31; from 9995-01-01, on no date', () => {
    expect(reachesYears(5, { since: '9994-12-31' }, '9999-12-30')).toBe('fail');
    expect(reachesYears(5, { since: '9994-12-31' }, '9999-12-31')).toBe('pass');
    expect(reachesYears(5, { since: '9995-01-01' }, '9999-12-31')).toBe('fail');
    // Written out, '10004-01-01' sorts before '2026-11-22': the 5 years passed.
    expect(reachesYears(5, { since: '9999-01-01' }, '2026-11-22')).toBe('fail');
  });
  it('years as many as the calendar holds after the start, and one more', () => {
    expect(reachesYears(9999 - 2018, { since: '2018-04-01' }, '9999-04-01')).toBe('pass');
    expect(reachesYears(9999 - 2018 + 1, { since: '2018-04-01' }, '9999-12-31')).toBe('fail');
    expect(reachesYears(10_000, { since: '2018-04-01' }, '2026-11-22')).toBe('fail');
    expect(reachesYears(Number.MAX_SAFE_INTEGER, { since: '0001-01-01' }, '9999-12-31')).toBe('fail');
  });
  it('yearsAtLeast says fail, with the years and days elapsed', () => {
    expect(yearsAtLeast(param(5, false), { since: '9995-01-01' }, '9999-12-31', ['s'])).toMatchObject({
      status: 'fail',
      actual: { years: 4, days: 364 },
    });
    expect(yearsAtLeast(param(10_000, false), { since: '2018-04-01' }, '2026-11-22', ['s'])).toMatchObject({
      status: 'fail',
      actual: { years: 8, days: 235 },
    });
  });
  it('a number of years that is not whole, or negative, is an InvalidArgumentError: the calendar counts whole years', () => {
    for (const years of [2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])
      for (const fact of [{ since: '2018-04-01' }, { years: 3 }, undefined])
        expect(() => reachesYears(years, fact, '2026-11-22')).toThrow(/^years must be a whole number, 0 or more/);
    expect(() => reachesYears(2.5, undefined, '2026-11-22')).toThrow(InvalidArgumentError);
    expect(() => yearsAtLeast(param(2.5, false), { since: '2018-04-01' }, '2026-11-22', ['s'])).toThrow(
      InvalidArgumentError,
    );
    expect(reachesYears(0, { since: '2026-11-22' }, '2026-11-22')).toBe('pass');
  });
  it('property: agrees with day numbers (addYears of the start, past LAST_DAY never reached)', () => {
    const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
    // Starts and as-of dates near the calendar's end, where the anniversary leaves it.
    const late = fc.integer({ min: parseIsoDate('8990-01-01') as number, max: LAST_DAY });
    const date = fc.oneof(day, late);
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: MAX_YEARS }), (since, asOf, years) => {
        const reached = addYears(since, years);
        const expected = reached <= LAST_DAY && asOf >= reached ? 'pass' : 'fail';
        expect(reachesYears(years, { since: formatIsoDate(since) }, formatIsoDate(asOf))).toBe(expected);
      }),
    );
  });
});

describe('lists, kinds and declared facts', () => {
  it('includesAll: all present passes, one absent fails naming it, missing names the path', () => {
    expect(includesAll(options, ['b', 'a', 'c'], 'l')).toMatchObject({ status: 'pass', expected: ['a', 'b'] });
    const one = includesAll(options, ['a'], 'l');
    expect(one).toMatchObject({ status: 'fail', actual: ['a'] });
    expect(one.message?.en).toContain('missing B');
    expect(includesAll(options, [], 'l').status).toBe('fail');
    expect(includesAll(options, undefined, 'venue.zones').missing).toEqual(['venue.zones']);
  });
  it('listedKind: listed, accepted, rejected, and each missing path', () => {
    const paths = { kind: 'carrier.kind', accepted: 'carrier.kindAccepted' };
    expect(listedKind(options, 'b', undefined, paths)).toMatchObject({ status: 'pass', code: 'kind_listed' });
    expect(listedKind(options, 'z', true, paths)).toMatchObject({ status: 'pass', code: 'kind_accepted' });
    expect(listedKind(options, 'z', false, paths)).toMatchObject({ status: 'fail', code: 'kind_rejected' });
    expect(listedKind(options, 'z', undefined, paths)).toMatchObject({
      status: 'unknown',
      code: 'kind_unlisted',
      missing: ['carrier.kindAccepted'],
      params: { actual: { zh: 'z', en: 'z' } },
    });
    expect(listedKind(options, undefined, true, paths)).toMatchObject({
      status: 'unknown',
      code: 'missing',
      missing: ['carrier.kind'],
    });
  });
  it('attested and present: yes, no, and the path when undeclared', () => {
    const label = { zh: '影响力', en: 'Influence' };
    expect(attested(label, true, 'x')).toMatchObject({ status: 'pass', code: 'attested', actual: true });
    expect(attested(label, false, 'x')).toMatchObject({ status: 'fail', code: 'not_attested', actual: false });
    expect(attested(label, undefined, 'leads.0.socialInfluence')).toMatchObject({
      status: 'unknown',
      code: 'needs_attestation',
      missing: ['leads.0.socialInfluence'],
    });
    expect(present(label, true, 'x')).toMatchObject({ status: 'pass', code: 'present' });
    expect(present(label, false, 'x')).toMatchObject({ status: 'fail', code: 'absent' });
    expect(present(label, false, 'x').message?.zh).toBe('影响力：不具备');
    expect(present(label, true, 'x').message?.zh).toBe('影响力：已具备');
    expect(present(label, undefined, 'annualWorkPlan').missing).toEqual(['annualWorkPlan']);
  });
  it('allDeclared: a false fails whatever is missing; missing ones name their paths; all true passes', () => {
    expect(allDeclared(options, { a: true, b: false }, 'd')).toMatchObject({ status: 'fail', actual: ['a'] });
    expect(allDeclared(options, { b: false }, 'd').status).toBe('fail');
    expect(allDeclared(options, { a: true }, 'materials')).toMatchObject({
      status: 'unknown',
      missing: ['materials.b'],
    });
    expect(allDeclared(options, undefined, 'm').missing).toEqual(['m.a', 'm.b']);
    expect(allDeclared(options, { a: true, b: true }, 'd')).toMatchObject({ status: 'pass', actual: ['a', 'b'] });
  });
  it('allDeclared all true is includesAll of the whole list: the same outcome, message and all', () => {
    expect(allDeclared(options, { b: true, a: true }, 'd')).toEqual(includesAll(options, ['a', 'b'], 'd'));
    // An inherited true is not a declaration.
    const inherited = Object.create({ a: true, b: true }) as Record<string, boolean>;
    expect(allDeclared(options, inherited, 'm').missing).toEqual(['m.a', 'm.b']);
    expect(allDeclared(param([]), undefined, 'm')).toMatchObject({ status: 'pass', actual: [] });
  });
  it('includesAll: the pass message is the text’s list, the same however the items are ordered', () => {
    const a = includesAll(options, ['b', 'a'], 'l');
    expect(a.message).toEqual({ zh: expect.stringContaining('甲、乙'), en: expect.stringContaining('A, B') });
    expect(includesAll(options, ['a', 'b', 'x'], 'l').message).toBe(a.message);
    expect(Object.isFrozen(a.message)).toBe(true);
    expect(Object.isFrozen(a.expected)).toBe(true);
  });
});

describe('foldDistinct and distinctKey: the same thing listed twice counts once', () => {
  const fail: Outcome = { status: 'fail', code: 'x' };
  const open = (...paths: string[]): Outcome => ({ status: 'unknown', code: 'x', missing: paths });
  const byName = (m: { name?: string }) => distinctKey(undefined, m.name);
  it('distinct entries keep their own outcomes, in order, with no duplicates', () => {
    const list = [{ name: '甲' }, { name: '乙' }, { name: '丙' }];
    const outcomes = [pass, fail, open('s.2.since')];
    const folded = foldDistinct(list, outcomes, byName, 's');
    expect(folded.duplicates).toEqual([]);
    expect(folded.outcomes[0]).toBe(pass);
    expect(folded.outcomes[1]).toBe(fail);
    expect(folded.outcomes[2]).toEqual(open('s.2.since'));
    // An unknown one gets a list of its own: the caller's is never shared.
    expect(folded.outcomes[2]?.missing).not.toBe(outcomes[2]?.missing);
    expect(foldDistinct([{}], [{ status: 'unknown', code: 'x' }], () => undefined, 's').outcomes[0]?.missing).toEqual(
      [],
    );
  });
  it('a repeated key folds: a pass decides, else the unknowns join, else the first failure', () => {
    const list = [{ name: '甲' }, { name: ' 甲 ' }, { name: '乙' }, { name: 'ＡＢ' }, { name: 'ab' }, {}, {}];
    const failed = { ...fail, code: 'second' };
    const outcomes = [open('s.0'), pass, fail, open('s.3'), open('s.4'), failed, pass];
    const folded = foldDistinct(list, outcomes, byName, 's');
    expect(folded.outcomes).toEqual([pass, fail, { ...open('s.3', 's.4') }, failed, pass]);
    expect(folded.duplicates).toEqual([
      { path: 's.1', sameAs: 's.0', key: 'name:甲' },
      { path: 's.4', sameAs: 's.3', key: 'name:ab' },
    ]);
    const fails = foldDistinct([{ name: '甲' }, { name: '甲' }], [fail, failed], byName, 's');
    expect(fails.outcomes).toEqual([fail]);
    // A later pass decides over an earlier failure of the same thing.
    expect(foldDistinct([{ name: '甲' }, { name: '甲' }], [fail, pass], byName, 's').outcomes).toEqual([pass]);
  });
  it('duplicates are listed by their place in the list, whatever the order of their keys', () => {
    const list = ['乙', '甲', '甲', '乙', '甲'].map((name) => ({ name }));
    const folded = foldDistinct(list, [pass, pass, pass, pass, pass], byName, 'staff');
    expect(folded.duplicates.map((d) => [d.path, d.sameAs])).toEqual([
      ['staff.2', 'staff.1'],
      ['staff.3', 'staff.0'],
      ['staff.4', 'staff.1'],
    ]);
    expect(folded.outcomes).toHaveLength(2);
  });
  it('distinctKey: a credit code first, else the name; blank is no key', () => {
    expect(distinctKey(' 91ab ', '甲')).toBe('code:91AB');
    expect(distinctKey(' ', ' 甲 ')).toBe('name:甲');
    expect(distinctKey(undefined, 'Ａ Ｂ')).toBe('name:ab');
    expect(distinctKey('', ' ')).toBeUndefined();
    expect(distinctKey(undefined, undefined)).toBeUndefined();
  });
});

describe('enoughQualified: counting members when facts may be missing', () => {
  const three = param(3);
  const s = (...list: Outcome['status'][]) => list.map((status) => ({ status }));
  it('at the minimum passes, one short fails, one short with one open is unknown', () => {
    expect(enoughQualified(three, s('pass', 'pass', 'pass'), []).status).toBe('pass');
    expect(enoughQualified(three, s('pass', 'pass', 'pass', 'pass'), []).status).toBe('pass');
    expect(enoughQualified(three, s('pass', 'pass', 'fail'), []).status).toBe('fail');
    expect(enoughQualified(three, s('pass', 'pass', 'unknown'), ['staff.2'])).toMatchObject({
      status: 'unknown',
      missing: ['staff.2'],
      actual: { qualified: 2, undecided: 1, listed: 3 },
    });
    // Two open would be enough only if both qualified: still unknown; one open and one short: fail.
    expect(enoughQualified(three, s('pass', 'unknown', 'unknown'), ['a', 'b']).status).toBe('unknown');
    expect(enoughQualified(three, s('pass', 'unknown', 'fail'), ['a']).status).toBe('fail');
    expect(enoughQualified(three, s('pass', 'pass', 'pass', 'unknown'), ['x']).missing).toBeUndefined();
  });
});

describe('everyMember: folding one outcome per member', () => {
  const unknownA = missing({ zh: 'a', en: 'a' }, ['leads.0.x']);
  const unknownB = missing({ zh: 'b', en: 'b' }, ['leads.1.x', 'leads.1.y']);
  const fail: Outcome = { status: 'fail', code: 'f' };
  it('a failure decides whatever is missing, before or after it', () => {
    expect(everyMember([unknownA, fail])).toBe(fail);
    expect(everyMember([fail, unknownA])).toBe(fail);
  });
  it('one unknown of two is that unknown; two unknowns join their paths', () => {
    expect(everyMember([pass, unknownA])).toBe(unknownA);
    expect(everyMember([unknownA, pass])).toBe(unknownA);
    expect(everyMember([unknownA, unknownB])).toMatchObject({
      status: 'unknown',
      missing: ['leads.0.x', 'leads.1.x', 'leads.1.y'],
    });
  });
  it('all passing gives the first pass', () => {
    const second: Outcome = { status: 'pass', code: 'y' };
    expect(everyMember([pass, second])).toBe(pass);
  });
});

describe('nameFollows: a name built from any listed candidate', () => {
  const paths = {
    name: 'name',
    fields: (i: number) => ({ region: 'region', leadName: `leads.${i}.name` }),
  };
  const zhang = { region: '北京市海淀区', leadName: '张明' };
  const li = { region: '北京市海淀区', leadName: '李华' };
  it('passes on any candidate, whichever is listed first', () => {
    for (const candidates of [
      [zhang, li],
      [li, zhang],
    ])
      expect(nameFollows(naming, '北京市海淀区李华创业指导师工作室', candidates, paths)).toMatchObject({
        status: 'pass',
        code: 'name_matches',
        actual: '北京市海淀区李华创业指导师工作室',
      });
  });
  it('a missing name, and missing values of a candidate, name their paths', () => {
    expect(nameFollows(naming, undefined, [zhang], paths)).toMatchObject({ status: 'unknown', missing: ['name'] });
    expect(
      nameFollows(
        naming,
        '北京市海淀区张明创业指导师工作室',
        [{ region: '北京市海淀区' }, { region: '北京市海淀区' }],
        paths,
      ),
    ).toMatchObject({ status: 'unknown', missing: ['leads.0.name', 'leads.1.name'] });
    // Missing values of a field without a path are named by the field itself.
    expect(
      nameFollows(naming, '北京市海淀区张明创业指导师工作室', [{}], { name: 'name', fields: () => ({}) }).missing,
    ).toEqual(['region', 'leadName']);
  });
  it('a name without the rule’s shape fails whatever is missing', () => {
    const r = nameFollows(naming, '张明工作室', [{ region: '北京市海淀区' }], paths);
    expect(r).toMatchObject({ status: 'fail', code: 'name_mismatch', actual: '张明工作室', expected: naming.pattern });
    expect(r.params?.expected).toBe(naming.pattern);
  });
  it('a mismatch shows the name each candidate would give, once each', () => {
    const one = nameFollows(naming, '北京市海淀区王五创业指导师工作室', [zhang, zhang], paths);
    expect(one).toMatchObject({ status: 'fail', expected: '北京市海淀区张明创业指导师工作室' });
    expect(one.params?.expected).toBe('北京市海淀区张明创业指导师工作室');
    const two = nameFollows(naming, '北京市海淀区王五创业指导师工作室', [zhang, li], paths);
    expect(two.expected).toEqual(['北京市海淀区张明创业指导师工作室', '北京市海淀区李华创业指导师工作室']);
    expect(two.params?.expected).toBe('北京市海淀区张明创业指导师工作室 / 北京市海淀区李华创业指导师工作室');
  });
});
