import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/calendar/errors.js';
import { generateName, type NamingRule, validateName } from '../../src/core/naming.js';
import { naming as nationalNaming } from '../../src/policies/national/parameters.js';
import { naming as tianjinNaming } from '../../src/policies/tianjin/parameters.js';

// The reference the library no longer runs: the rule's shape as a regular expression,
// safe here because the generated names are short.
function referenceStructure(rule: NamingRule): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const gap = rule.extraElementsAllowed ? '.*?' : '';
  const body = rule.parts.map((p) => ('literal' in p ? esc(p.literal) : '.+?')).join(gap);
  return new RegExp(`^${gap}${body}${rule.extraElementsAllowed ? '.*' : ''}$`, 'su');
}

const rules: [string, NamingRule][] = [
  ['national', nationalNaming],
  ['tianjin', tianjinNaming],
  [
    'exact, literal last',
    {
      pattern: 'A+x+B',
      parts: [{ literal: 'A' }, { field: 'x', label: { zh: 'x', en: 'x' } }, { literal: 'B' }],
      clause: '-',
      extraElementsAllowed: false,
    },
  ],
  [
    'adjacent literals',
    {
      pattern: 'x+AB+A',
      parts: [
        { field: 'x', label: { zh: 'x', en: 'x' } },
        { literal: 'AB' },
        { literal: 'A' },
        { field: 'y', label: { zh: 'y', en: 'y' } },
      ],
      clause: '-',
      extraElementsAllowed: false,
    },
  ],
  [
    'extras, two fields',
    {
      pattern: 'x+y+AB',
      parts: [
        { field: 'x', label: { zh: 'x', en: 'x' } },
        { field: 'y', label: { zh: 'y', en: 'y' } },
        { literal: 'AB' },
      ],
      clause: '-',
      extraElementsAllowed: true,
    },
  ],
];

describe('validateName: structure in linear time', () => {
  for (const [label, rule] of rules) {
    const literals = rule.parts.flatMap((p) => ('literal' in p ? [p.literal] : []));
    const pieces = fc.oneof(
      fc.constantFrom(...literals, ...literals.map((l) => l.slice(0, 1))),
      fc.constantFrom('A', 'B', '张', ' ', 'x'),
    );
    it(`agrees with the regular expression on short names (${label})`, () => {
      const reference = referenceStructure(rule);
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
          const name = parts.join('').trim();
          const result = validateName(rule, name);
          const structural = result.valid || result.reason !== 'structure';
          expect(structural).toBe(reference.test(name));
        }),
        { seed: 20261129, numRuns: 3000 },
      );
    });
  }

  it('checks a hostile 100,000-character name under every rule within milliseconds', () => {
    const hostile = '北京市'.repeat(5000) + '创业指导师'.repeat(10_000) + '天津市'.repeat(5000);
    for (const [, rule] of rules) {
      const started = performance.now();
      const result = validateName(rule, hostile, { region: '北京市', leadName: '张明', specialty: '科技' });
      expect(result.valid).toBe(false);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });

  it('does not read inherited properties as field values', () => {
    const result = validateName(
      {
        pattern: 'constructor',
        parts: [{ field: 'constructor', label: { zh: '', en: '' } }],
        clause: '-',
        extraElementsAllowed: false,
      },
      'x',
    );
    expect(result).toMatchObject({ valid: false, reason: 'missing_values', missingFields: ['constructor'] });
  });

  it('ignores whitespace around the name, as around its parts', () => {
    const values = { leadName: '王海 ', specialty: ' 科技创业' };
    expect(validateName(tianjinNaming, ' 天津市王海创业指导师工作室科技创业\t', values).valid).toBe(true);
    expect(validateName(tianjinNaming, '天津市王海创业指导师工作室科技创业x', values).valid).toBe(false);
  });
});

describe('validateName with values: valid exactly when the name is the one generated', () => {
  // The valid name is found part by part without building it (core/naming.ts isGenerated):
  // the answer must be the comparison with the generated name, whatever the pieces.
  for (const [label, rule] of rules) {
    const literals = rule.parts.flatMap((p) => ('literal' in p ? [p.literal] : []));
    const piece = fc.constantFrom(...literals, '', ' ', '张', '张明', 'A', 'AB', '北京市海淀区', '科技');
    const fields = rule.parts.flatMap((p) => ('field' in p ? [p.field] : []));
    it(`property (${label})`, () => {
      fc.assert(
        fc.property(
          fc.array(piece, { maxLength: 6 }),
          fc.dictionary(fc.constantFrom(...fields), fc.option(piece, { nil: undefined })),
          (parts, values) => {
            const name = parts.join('');
            const generated = generateName(rule, values);
            const result = validateName(rule, name, values);
            if (generated !== null && name.trim() === generated)
              expect(result).toEqual({ valid: true, expected: generated });
            else if (!rule.extraElementsAllowed) expect(result.valid).toBe(false);
            // The generated name itself, with spaces around, is valid and names itself.
            if (generated !== null)
              expect(validateName(rule, ` ${generated} `, values)).toEqual({ valid: true, expected: generated });
          },
        ),
        { seed: 20261206, numRuns: 3000 },
      );
    });
  }
  it('a field left blank gives no name: the literals alone are not valid', () => {
    const r = validateName(tianjinNaming, '天津市创业指导师工作室', { leadName: ' ', specialty: '' });
    expect(r).toMatchObject({ valid: false, reason: 'structure' });
    expect(validateName(tianjinNaming, '天津市创业指导师工作室科技', { leadName: '', specialty: '科技' }).valid).toBe(
      false,
    );
  });
});

describe('values read once, a throwing read named by its field', () => {
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('no throw');
  };
  it('a getter that throws is InvalidArgumentError naming the field it stands for', () => {
    for (const field of ['leadName', 'specialty']) {
      const values = { leadName: '王海', specialty: '科技创业' };
      Object.defineProperty(values, field, {
        get() {
          throw new Error('boom');
        },
      });
      const e = thrown(() => validateName(tianjinNaming, '天津市王海创业指导师工作室科技创业', values));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).argument).toBe(`values.${field}`);
      expect(thrown(() => generateName(tianjinNaming, values))).toMatchObject({ argument: `values.${field}` });
    }
  });
  it('a typed error from a read goes out as it is; each field is read once', () => {
    const own = new InvalidArgumentError('mine', 'x', 1);
    const values = {
      get leadName(): string {
        throw own;
      },
    };
    expect(thrown(() => validateName(tianjinNaming, 'x', values))).toBe(own);
    let reads = 0;
    const counted = {
      specialty: '科技创业',
      get leadName() {
        reads++;
        return '王海';
      },
    };
    expect(validateName(tianjinNaming, '天津市王海创业指导师工作室科技创业', counted).valid).toBe(true);
    expect(reads).toBe(1);
  });
});
