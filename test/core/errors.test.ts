// The typed errors (core/errors.ts): each names what was wrong and what is supported,
// renders any value safely, and is recognised by isLibraryError; options are read once.
import { describe, expect, it } from 'vitest';
import {
  CalendarDataError,
  CalendarRangeError,
  ChuangyeError,
  InvalidArgumentError,
  isLibraryError,
  LANGS,
  langOf,
  readOptions,
  UnknownFormatError,
  UnknownLanguageError,
  UnknownPolicyError,
  UnknownSubjectError,
} from '../../src/core/errors.js';
import { thrown } from '../helpers/thrown.js';

describe('messages', () => {
  it('each error names the value and what is supported', () => {
    const policy = new UnknownPolicyError('beijing', ['national', 'tianjin']);
    expect([policy.name, policy.message, policy.policyId]).toEqual([
      'UnknownPolicyError',
      'unknown policy "beijing"; known: national, tianjin',
      'beijing',
    ]);
    const subject = new UnknownSubjectError('tianjin', 'expert', ['studio']);
    expect([subject.name, subject.message]).toEqual([
      'UnknownSubjectError',
      'policy tianjin has no subject "expert"; it rules: studio',
    ]);
    expect(new UnknownSubjectError('x', 1, []).message).toBe('policy x has no subject 1; it rules: nothing');
    const format = new UnknownFormatError('pdf', ['json', 'html']);
    expect([format.name, format.message]).toEqual([
      'UnknownFormatError',
      'unknown format "pdf"; supported: json, html',
    ]);
    const lang = new UnknownLanguageError('fr', LANGS);
    expect([lang.name, lang.message]).toEqual(['UnknownLanguageError', 'unknown language "fr"; supported: zh, en']);
  });
  it('renders any value without calling it: long strings cut at 40, bigints, objects by type', () => {
    const name = (v: unknown) =>
      new UnknownFormatError(v, []).message.slice('unknown format '.length, -'; supported: '.length);
    expect(name('x'.repeat(40))).toBe(JSON.stringify('x'.repeat(40)));
    expect(name('x'.repeat(41))).toBe(JSON.stringify(`${'x'.repeat(40)}…`));
    expect([name(2), name(true), name(null), name(undefined), name(12n)]).toEqual([
      '2',
      'true',
      'null',
      'undefined',
      '12n',
    ]);
    expect(name({ toString: () => 'boom' })).toBe('a value of type object');
    expect(name(Symbol('s'))).toBe('a value of type symbol');
  });
});

describe('isLibraryError', () => {
  it('is true for the library’s errors and the calendar’s, false for others', () => {
    for (const e of [
      new ChuangyeError('x'),
      new UnknownPolicyError('x', []),
      new InvalidArgumentError('a', 'b', 1),
      new CalendarRangeError('2027-01-01', { from: '2007-01-01', to: '2026-12-31' }),
      new CalendarDataError([]),
    ])
      expect(isLibraryError(e)).toBe(true);
    for (const e of [new Error('x'), new TypeError('x'), new RangeError('x'), 'error', null])
      expect(isLibraryError(e)).toBe(false);
  });
});

describe('langOf', () => {
  it('zh and en; the fallback for undefined; anything else a typed error', () => {
    expect([langOf('zh'), langOf('en'), langOf(undefined), langOf(undefined, 'en')]).toEqual(['zh', 'en', 'zh', 'en']);
    const e = thrown(() => langOf('ZH'));
    expect(e).toBeInstanceOf(UnknownLanguageError);
    expect((e as UnknownLanguageError).known).toEqual(['zh', 'en']);
  });
});

describe('readOptions', () => {
  it('copies the names asked for, once, and leaves out undefined ones', () => {
    let reads = 0;
    const options = {
      get a() {
        reads++;
        return 1;
      },
      b: undefined,
      c: 3,
    };
    expect(readOptions<{ a: number; b: number }>(options, ['a', 'b'])).toEqual({ a: 1 });
    expect(reads).toBe(1);
    expect(readOptions(undefined, ['a'] as never)).toEqual({});
    expect(readOptions(null, ['a'] as never)).toEqual({});
  });
  it('a value that is not an object, or one that throws when read, is an InvalidArgumentError', () => {
    const notObject = thrown(() => readOptions('x', ['a'] as never));
    expect(notObject).toBeInstanceOf(InvalidArgumentError);
    expect((notObject as InvalidArgumentError).argument).toBe('options');
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    const throwing = thrown(() => readOptions(trap, ['a'] as never));
    expect(throwing).toBeInstanceOf(InvalidArgumentError);
    expect(throwing.message).toContain('an object whose properties can be read');
  });
});
