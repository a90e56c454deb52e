// Hostile values without a dependency: a seeded generator (the same seed, the same
// values, so a failure can be replayed), drawing from the shapes that break naive code —
// Proxies that throw, cycles, prototype keys, huge and deep values, impossible dates —
// and from the author's own cases with one value swapped or removed, which reach the rules.

/** A seeded generator of numbers in [0, 1) (mulberry32): small, fast, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** An object whose every read throws (the exports walk uses it too). */
export const throwing = (): object =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
      has() {
        throw new Error('has');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
      getOwnPropertyDescriptor() {
        throw new Error('getOwnPropertyDescriptor');
      },
    },
  );
/** A revoked Proxy: any use of it throws. */
export const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const cyclic = (): object => {
  const o: Record<string, unknown> = { name: 'x' };
  o.self = o;
  o.list = [o, o];
  return o;
};
const deep = (): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < 5000; i++) v = [v];
  return v;
};
const sparse = (): unknown[] => {
  const a: unknown[] = [];
  a[5] = '2026-01-01';
  a.length = 12;
  return a;
};

/** Makers of hostile values, each fresh. */
const MAKERS: readonly ((next: () => number) => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => -1,
  () => 0.5,
  () => 1e308,
  () => 2 ** 53 + 2,
  () => 1n,
  () => Symbol('hostile'),
  () => true,
  () => '',
  () => '__proto__',
  () => 'constructor',
  () => '2026-02-30',
  () => '0000-00-00',
  () => '99999-12-31',
  () => '\u202e\u0000<script>\r\n',
  () => 'x'.repeat(100_000),
  (next) => Math.floor(next() * 2 ** 31) * (next() < 0.5 ? -1 : 1),
  (next) => next() * 1e6,
  (next) => String.fromCharCode(...Array.from({ length: Math.floor(next() * 12) }, () => Math.floor(next() * 0xffff))),
  () => ({}),
  () => [],
  throwing,
  revoked,
  cyclic,
  deep,
  sparse,
  () => Object.assign(Object.create(null), { name: 'x' }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
  () =>
    Object.defineProperty({}, 'name', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  () => ({ toJSON: () => ({ name: 'x' }), valueOf: () => 1 }),
  () => new Array(50_000).fill(null),
  () => () => 1,
  () => new Date(Number.NaN),
  () => new Map([['a', 1]]),
];

/** A hostile value, of any shape. */
export function hostileValue(next: () => number): unknown {
  return pick(next, MAKERS)(next);
}

/** A plain copy of JSON-like data (what a case's input is), bounded in depth. */
function copy(value: unknown, depth = 0): unknown {
  if (depth > 50 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v, depth + 1);
  return out;
}

/** Every path to a value inside `value` (containers included), bounded. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (out.length > 2000 || value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const path = [...prefix, k];
    out.push(path);
    paths(v, path, out);
  }
  return out;
}

/**
 * One of the author's inputs with a value swapped for a hostile one, removed, or its list
 * doubled — or, one time in four, a hostile value in its place.
 */
export function hostileVariant(next: () => number, sample: unknown): unknown {
  if (sample === undefined || next() < 0.25) return hostileValue(next);
  const root = copy(sample);
  const all = paths(root);
  if (all.length === 0) return hostileValue(next);
  const path = pick(next, all);
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const how = next();
  if (how < 0.15) delete parent[key];
  else if (how < 0.25 && Array.isArray(parent[key])) {
    const list = parent[key] as unknown[];
    parent[key] = [...list, ...list];
  } else parent[key] = hostileValue(next);
  return root;
}
