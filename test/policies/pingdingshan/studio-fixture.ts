// The bundled Pingdingshan studio and a check of it, shared by the studio tests.
import { readFileSync } from 'node:fs';
import { check, type Report } from '../../../src/index.js';

export const AS_OF = '2026-11-22';
export const studio = JSON.parse(
  readFileSync(new URL('../../../examples/pingdingshan/studio-application.json', import.meta.url), 'utf8'),
);
export const run = (input: unknown, options: object = {}) =>
  check('pingdingshan', 'studio', input, { asOf: AS_OF, ...options });
/** The result of rule `pingdingshan.<id>`; the test fails when there is none. */
export const result = (r: Report, id: string) => {
  const found = r.results.find((x) => x.ruleId === `pingdingshan.${id}`);
  if (!found) throw new Error(`no result ${id}`);
  return found;
};
