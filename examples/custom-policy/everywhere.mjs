// One studio, described once in the common studio profile, checked under the invented
// measures (示例市, fictional) and the national guideline on one date: the measures take
// part because they declare how they read the profile (`profile` in policy.mjs). Public API only.
//
//   npm run build && node examples/custom-policy/everywhere.mjs [--as-of 2027-01-01] [--en]
// The command does the same:
//   npx chuangye compare --profile examples/custom-policy/studio-profile.json national \
//     --policy-module examples/custom-policy/policy.mjs --as-of 2026-12-31
import { readFileSync } from 'node:fs';
import { argv } from 'node:process';
import { pathToFileURL } from 'node:url';
import { compare } from 'chuangye-rules';
import { policy } from './policy.mjs';

/** The studio profile of this example: 90 m², so eligible under the 2025 measures and not under the 2027 revision. */
export const PROFILE = new URL('./studio-profile.json', import.meta.url);

/** The profile checked under the guideline and the invented measures (the version in force on `asOf`). */
export function checkWithGuideline(asOf) {
  const profile = JSON.parse(readFileSync(PROFILE, 'utf8'));
  return compare.checkEverywhere(profile, { asOf, policies: ['national', policy] });
}

if (argv[1] && import.meta.url === pathToFileURL(argv[1]).href) {
  const at = argv.indexOf('--as-of');
  const asOf = at >= 0 ? argv[at + 1] : '2026-12-31';
  console.log(compare.renderEverywhere(checkWithGuideline(asOf), 'text', argv.includes('--en') ? 'en' : 'zh'));
}
