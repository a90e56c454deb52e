// Values an attacker or a careless caller passes: anything fast-check makes, plus the
// shapes that break naive code — Proxies, throwing getters, cycles, huge strings, deep
// nesting, sparse arrays, prototype keys, reactive wrappers of real applications.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
export const EXAMPLES = {
  national: example('national/eligible-studio.json'),
  tianjin: example('tianjin/studio-application.json'),
  year: example('tianjin/year-record.json'),
};

/** A Proxy over `target` that answers like a reactive store (Vue, MobX, an Immer draft). */
function reactive<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (t, key, receiver) => {
      const v = Reflect.get(t, key, receiver);
      return v !== null && typeof v === 'object' ? reactive(v) : v;
    },
  });
}

const throwing = (): object =>
  Object.defineProperty({ name: 'x' }, 'leads', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });

const trapping = (): object =>
  new Proxy(
    {},
    {
      ownKeys() {
        throw new Error('ownKeys');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
    },
  );

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const cyclic = (base: unknown): object => {
  const o: Record<string, unknown> = { ...(base as object) };
  o.leads = [o];
  o.venue = o;
  return o;
};

const deep = (depth: number): unknown => {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { staff: [v] };
  return v;
};

const sparse = (): unknown[] => {
  const a: unknown[] = [];
  a[5] = { name: 'x' };
  a.length = 12;
  return a;
};

const prototypeKeys = (): unknown =>
  JSON.parse(
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "toString": 1, "leads": [{"__proto__": []}]}',
  );

/**
 * A value that is hostile in one of the ways above, often wrapped around a real
 * application. Drawn as a function that makes it, because fast-check itself inspects the
 * values it draws, and a revoked Proxy throws even at that.
 */
export const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
      maxDepth: 4,
    })
    .map((v) => () => v),
  fc.constantFrom(...Object.values(EXAMPLES)).map((e) => () => reactive(structuredClone(e) as object)),
  fc.constantFrom(...Object.values(EXAMPLES)).map((e) => () => cyclic(e)),
  fc.constantFrom(throwing, trapping, revoked, sparse, prototypeKeys),
  fc.integer({ min: 30, max: 2000 }).map((n) => () => deep(n)),
  fc.constantFrom(1n, Symbol('s'), () => 1, Number.NaN, -0, '', 'x'.repeat(200_000)).map((v) => () => v),
  fc
    .record({ name: fc.string({ maxLength: 600 }), region: fc.string(), leads: fc.anything({ maxDepth: 2 }) })
    .map((v) => () => v),
);

/** Options objects, well-formed or not (drawn as makers, like hostileValue). */
export const hostileOptions: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.constant(() => undefined),
  hostileValue,
  fc
    .record(
      { asOf: fc.oneof(fc.constantFrom('2026-11-22', '2026-02-30', '99999-01-01', ''), fc.anything()) },
      { requiredKeys: [] },
    )
    .map((v) => () => v),
);
