// 第五条: the eight categories an expert may come from. Each background the candidate
// claims is judged against its category alone; the candidate qualifies when one does.
import { type Option, reachesYears } from '../../core/rules.js';
import type { Bilingual, OutcomeStatus, Parameter, RuleContext } from '../../core/types.js';
import * as p from './parameters.js';
import { ACADEMIC_RANKS, TITLE_LEVELS } from './parameters.js';
import type { Background, CategoryId } from './schema.js';

type Decided = Exclude<OutcomeStatus, 'not_applicable'>;

/** One background against its category: its status and the paths that would decide it. */
export interface CategoryFinding {
  index: number;
  category: CategoryId;
  label: Bilingual;
  clause: string;
  status: Decided;
  missing: string[];
}

interface Part {
  status: Decided;
  missing: string[];
}

const PASS: Part = { status: 'pass', missing: [] };
const FAIL: Part = { status: 'fail', missing: [] };
const open = (path: string): Part => ({ status: 'unknown', missing: [path] });

/** All must hold: a known failure decides, then missing facts (all of them), else pass. */
function all(parts: Part[]): Part {
  if (parts.some((x) => x.status === 'fail')) return FAIL;
  const missing = parts.flatMap((x) => x.missing);
  return missing.length > 0 ? { status: 'unknown', missing } : PASS;
}

/** One suffices: a pass decides, then missing facts, else fail. */
function any(parts: Part[]): Part {
  if (parts.some((x) => x.status === 'pass')) return PASS;
  const missing = parts.flatMap((x) => x.missing);
  return missing.length > 0 ? { status: 'unknown', missing } : FAIL;
}

const bool = (value: boolean | undefined, path: string): Part =>
  value === undefined ? open(path) : value ? PASS : FAIL;

type Lookup = RuleContext['param'];

const oneOf = (param: Parameter<readonly Option[]>, value: string | undefined, path: string): Part =>
  value === undefined ? open(path) : param.value.some((o) => o.id === value) ? PASS : FAIL;

const atLeastLevel = <T extends string>(levels: readonly T[], min: T, value: T | undefined, path: string): Part =>
  value === undefined ? open(path) : levels.indexOf(value) >= levels.indexOf(min) ? PASS : FAIL;

const years = (param: Parameter<number>, b: Background, at: string, asOf: string): Part => {
  const status = reachesYears(param.value, { since: b.since, years: b.years }, asOf);
  return status === 'unknown' ? open(`${at}.since`) : { status, missing: [] };
};

const CLAUSE: Record<CategoryId, string> = {
  entrepreneur: '第五条（一）',
  manager_or_professional: '第五条（二）',
  academic: '第五条（三）',
  finance: '第五条（四）',
  public_sector: '第五条（五）',
  trainer: '第五条（六）',
  carrier_manager: '第五条（七）',
  contributor: '第五条（八）',
  other: '第五条',
};

const OTHER_LABEL: Bilingual = {
  zh: '其他背景（由市人社局认定）',
  en: 'another background (for the bureau to accept)',
};

/** The tests of each category, clause by clause. */
const TESTS: Record<CategoryId, (b: Background, at: string, asOf: string, v: Lookup) => Part> = {
  // （一）: renown, attested; or a prize-winning finalist of the Shanxi or Taiyuan contest run by HRSS.
  entrepreneur: (b, at, _asOf, v) => {
    const routes = [bool(b.renowned, `${at}.renowned`)];
    const c = b.sparkContest;
    if (c !== undefined) {
      routes.push(
        all([
          oneOf(v(p.sparkContests), c.contest, `${at}.sparkContest.contest`),
          bool(c.organisedByHrss, `${at}.sparkContest.organisedByHrss`),
          bool(c.reachedFinal, `${at}.sparkContest.reachedFinal`),
          bool(c.prizeWinner, `${at}.sparkContest.prizeWinner`),
        ]),
      );
    }
    return any(routes);
  },
  // （二）: a professional manager needs no title; a professional needs a listed field and 中级或以上.
  manager_or_professional: (b, at, _asOf, v) => {
    if (b.role === undefined) return open(`${at}.role`);
    if (b.role === 'professional_manager') return oneOf(v(p.managerEmployers), b.employer, `${at}.employer`);
    const field =
      b.profession === 'other'
        ? bool(b.professionAccepted, `${at}.professionAccepted`)
        : oneOf(v(p.professionalFields), b.profession, `${at}.profession`);
    return all([field, atLeastLevel(TITLE_LEVELS, v(p.minimumTitle).value, b.title, `${at}.title`)]);
  },
  // （三）: 讲师以上 at a university or research institute, in business management or entrepreneurship education.
  academic: (b, at, _asOf, v) =>
    all([
      oneOf(v(p.academicInstitutions), b.institution, `${at}.institution`),
      oneOf(v(p.academicAreas), b.researchArea, `${at}.researchArea`),
      atLeastLevel(ACADEMIC_RANKS, v(p.minimumAcademicRank).value, b.rank, `${at}.rank`),
    ]),
  // （四）–（七）: where, doing what the item names, and 4 years or more.
  finance: (b, at, asOf, v) =>
    all([
      oneOf(v(p.financialInstitutions), b.financialInstitution, `${at}.financialInstitution`),
      bool(b.investmentWork, `${at}.investmentWork`), // 从事投融资运作
      years(v(p.financeYears), b, at, asOf),
    ]),
  public_sector: (b, at, asOf, v) =>
    all([
      oneOf(v(p.publicBodies), b.publicBody, `${at}.publicBody`),
      bool(b.policyFamiliar, `${at}.policyFamiliar`), // 熟悉相关法律法规和创业就业政策
      years(v(p.publicSectorYears), b, at, asOf),
    ]),
  trainer: (b, at, asOf, v) =>
    all([bool(b.recognisedTrainer, `${at}.recognisedTrainer`), years(v(p.trainerYears), b, at, asOf)]),
  carrier_manager: (b, at, asOf, v) =>
    all([
      oneOf(v(p.carrierOrganisations), b.organisation, `${at}.organisation`),
      oneOf(v(p.carrierPositions), b.position, `${at}.position`),
      years(v(p.carrierYears), b, at, asOf),
    ]),
  // （八）: attested.
  contributor: (b, at) => bool(b.outstandingContribution, `${at}.outstandingContribution`),
  // "主要由…构成": the list is open, so another background waits for the bureau's word.
  other: (b, at) => bool(b.accepted, `${at}.accepted`),
};

/** Judges one background against its category at a date. */
export function judgeBackground(b: Background, index: number, asOf: string, v: Lookup): CategoryFinding {
  const at = `backgrounds.${index}`;
  const part = TESTS[b.category](b, at, asOf, v);
  const label = v(p.categories).value.find((o) => o.id === b.category)?.label ?? OTHER_LABEL;
  return { index, category: b.category, label, clause: CLAUSE[b.category], ...part };
}
