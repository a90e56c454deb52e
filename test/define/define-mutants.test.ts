// definePolicy's options, subject()'s two forms and isPolicy (src/define/define.ts), each
// on both sides: written against the mutants the define tests let survive.

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { definePolicy, isPolicy, PolicyDefinitionError, subject } from '../../src/define/index.js';
import { InvalidArgumentError, policies } from '../../src/index.js';
import { definition, examplePolicy, studio, studioSchema } from './fixture.js';

const label = { zh: '工作室', en: 'Studio' };
const rules = studio.rules;
const argumentOf = (call: () => unknown): string => {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as InvalidArgumentError).argument;
  }
  throw new Error('nothing thrown');
};

describe('subject', () => {
  it('the two-argument form: the schema first, then label, rules and labels', () => {
    const s = subject(studioSchema, { label, rules });
    expect(s).toEqual({ label, schema: studioSchema, rules });
    expect(s.schema).toBe(studioSchema);
    expect(Object.hasOwn(s, 'labels')).toBe(false);
    const labels = { fields: { mentors: { zh: '导师', en: 'Mentors' } } };
    expect(subject(studioSchema, { label, rules, labels }).labels).toBe(labels);
  });

  it('the one-object form of the first commits', () => {
    const s = subject({ label, schema: studioSchema, rules });
    expect(s).toEqual({ label, schema: studioSchema, rules });
    expect(Object.hasOwn(s, 'labels')).toBe(false);
  });

  it('a spec that cannot be read: InvalidArgumentError naming the spec', () => {
    expect(argumentOf(() => subject(studioSchema, null as never))).toBe('spec');
    expect(argumentOf(() => subject(null as never))).toBe('spec');
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(argumentOf(() => subject(studioSchema, throwing as never))).toBe('spec');
    expect(argumentOf(() => subject(throwing as never))).toBe('spec');
    // What it got is described: the spec when there is one (a Proxy: an object), else the first argument.
    const message = (call: () => unknown) => {
      try {
        call();
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(message(() => subject(5 as never, throwing as never))).toBe(
      'spec must be a subject { label, rules, labels? }, got an object',
    );
    expect(message(() => subject(null as never))).toBe('spec must be a subject { label, rules, labels? }, got null');
  });
});

describe('definePolicy', () => {
  it('a frozen policy that isPolicy knows; its data frozen too', () => {
    const p = definePolicy(definition());
    expect(isPolicy(p)).toBe(true);
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.clauses)).toBe(true);
    expect(Object.isFrozen(p.parameters[0])).toBe(true);
    expect(p.id).toBe('example-city');
  });

  it('allowBundledId: only true allows a bundled id', () => {
    const bundled = { ...definition(), id: 'tianjin' };
    expect(definePolicy(bundled, { allowBundledId: true }).id).toBe('tianjin');
    for (const options of [undefined, null, {}, { allowBundledId: false }, { allowBundledId: 1 }, 'allowBundledId', 1])
      expect(() => definePolicy(bundled, options as never), JSON.stringify(options)).toThrow(PolicyDefinitionError);
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    expect(argumentOf(() => definePolicy(definition(), throwing))).toBe('options');
  });

  it('a bad definition: PolicyDefinitionError with every problem', () => {
    let error: unknown;
    try {
      definePolicy({ ...definition(), id: 'X', docNumber: 1 } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyDefinitionError);
    expect((error as PolicyDefinitionError).problems.map((p) => `${p.path.join('.')}:${p.code}`)).toEqual([
      'id:invalid_id',
      'docNumber:invalid_type',
    ]);
  });

  it('a schema in a policy as handed out is its own copy; the checks use the definition’s', () => {
    expect(examplePolicy.checks.studio?.schema).not.toBe(studioSchema);
  });
});

describe('isPolicy', () => {
  it('a defined or bundled policy; nothing else, not even a copy of one', () => {
    expect(isPolicy(examplePolicy)).toBe(true);
    expect(isPolicy(policies.national)).toBe(true);
    for (const value of [undefined, null, 1, 'national', {}, { ...examplePolicy }, definition(), z.object({})])
      expect(isPolicy(value)).toBe(false);
  });
});
