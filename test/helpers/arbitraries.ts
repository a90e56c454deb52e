// fast-check arbitraries named after the domain, shared by the property tests.
import fc from 'fast-check';

const AS_OF = Date.parse('2026-11-22T00:00:00Z');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A date at least `years` full years before 2026-11-22 (and after 1990). */
export const dateYearsBefore = (years: number) =>
  fc
    .integer({ min: Date.parse('1990-01-01T00:00:00Z') / 86_400_000, max: AS_OF / 86_400_000 - Math.ceil(years * 366) })
    .map((d) => isoDay(d * 86_400_000));

/** An application that is eligible under the national guideline at 2026-11-22. */
export const arbitraryNationalStudio = fc.record({
  name: fc.constant('北京市海淀区张明创业指导师工作室'),
  region: fc.constant('北京市海淀区'),
  leads: fc.tuple(
    fc.record({
      name: fc.constant('张明'),
      role: fc.constantFrom('mentor', 'trainer', 'guidance_staff', 'entrepreneur', 'investor'),
      mentoringSince: dateYearsBefore(5),
      socialInfluence: fc.constant(true),
      localContribution: fc.constant(true),
    }),
  ),
  carrier: fc.record({
    kind: fc.constantFrom('public_employment_service', 'university', 'incubator', 'venture_capital'),
  }),
  staff: fc.array(
    fc.oneof(
      fc.record({ experienceSince: dateYearsBefore(2) }),
      fc.record({ experienceYears: fc.double({ min: 2, max: 40, noNaN: true }) }),
    ),
    { minLength: 3, maxLength: 8 },
  ),
  venue: fc.record({
    fixed: fc.constant(true),
    zones: fc.constant([
      'individual_consulting_room',
      'activity_room',
      'display_area',
      'self_service_area',
      'back_office',
    ]),
    activityRoomCapacity: fc.integer({ min: 30, max: 200 }),
    consultingAreaSeparated: fc.constant(true),
  }),
  resources: fc.constant([
    'service_objects',
    'basic_information',
    'assessment_tools',
    'expert_pool',
    'training_courses',
  ]),
  systems: fc.constant([
    'appointment',
    'tiered_service',
    'case_closure',
    'archives',
    'evaluation',
    'funding',
    'discipline',
    'external_experts',
    'special_fund',
  ]),
  annualWorkPlan: fc.constant(true),
});

/** Any JSON-like value, including the keys that reach prototypes. */
export const arbitraryHostile = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'leads', 'staff', 'venue', 'staf'),
    fc.jsonValue(),
  ),
);

/** Replaces the value at one path of a JSON object with an arbitrary value. */
export function mutateAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = mutateAt(copy[head as number], rest, replacement);
    return copy;
  }
  if (value && typeof value === 'object') {
    return {
      ...(value as object),
      [head as string]: mutateAt((value as Record<string, unknown>)[head as string], rest, replacement),
    };
  }
  return value;
}

/** Every path to a leaf of a JSON value. */
export function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...prefix, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
  return [prefix];
}
