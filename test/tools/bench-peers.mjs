// The peers the benchmark measures every policy's check against (issue 30): for each
// [policy, subject] with a check, a hand-written floor — the criteria applied to the raw
// JSON by hand, as a competent developer would write them, with no parse, no messages and
// no report — and json-rules-engine given the same criteria as compound conditions.
//
// `peers(lib)` takes the library's namespaces ({ national, tianjin, pingdingshan, taiyuan },
// from dist/ for the benchmark, from src/ for the test) and reads every threshold and list
// from the policy's exported parameters, never a retyped number. Each entry:
//   floor(input, asOf) → boolean: whether the check's verdict is 'eligible';
//   engine() → an Engine deriving its facts; run it with the facts { application, asOf }:
//     the rule 'eligible' holds the conditions that decide the verdict, the rule 'advice'
//     the advice ("一般", "可以"), which the check evaluates too but which never moves it;
//   derived: the fact names the 'precomputed' setup computes outside the timing
//     (`precomputed(peer, application, asOf)` does it).
// Advice is left out of the floor: it answers eligibility, and advice cannot change that.
// Only the default readings (parameters with choices) are followed.
import { Engine } from 'json-rules-engine';

/** The event of the rule whose conditions decide the verdict. */
export const ELIGIBLE = 'eligible';

/** Whether an engine run's events say eligible. */
export const saysEligible = (result) => result.events.some((e) => e.type === ELIGIBLE);

/** The anniversary `years` after a date (Civil Code art. 202: 29 February → 28 February). */
export function anniversary(date, years) {
  const y = Number(date.slice(0, 4)) + years;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const md = date.slice(4) === '-02-29' && !leap ? '-02-28' : date.slice(4);
  return `${String(y).padStart(4, '0')}${md}`;
}

const dayBefore = (date) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The last day of a term of `years` from `from`, the first day counted (kind D): the day before the anniversary. */
function lastDayOfTerm(from, years) {
  const a = anniversary(from, years);
  return from.endsWith('-02-29') && a.endsWith('-02-28') ? a : dayBefore(a);
}

/** Years reached at `asOf` from a start date (exact, kind E) or a declared number; the start date wins. */
const reached = (since, years, n, asOf) => (since !== undefined ? asOf >= anniversary(since, n) : years >= n);

/** Two entries are one person: the identity number, else the name (NFKC, spaces removed, lower case). */
const normalised = (s) => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
function personKey(code, name, index) {
  if (code !== undefined && normalised(code) !== '') return `code:${normalised(code).toUpperCase()}`;
  if (name !== undefined && normalised(name) !== '') return `name:${normalised(name)}`;
  return `#${index}`;
}

const ids = (param) => param.value.map((o) => o.id);
const includesAll = (list, required) => Array.isArray(list) && required.every((x) => list.includes(x));
/** A kind from an open list: listed, or another the authority accepted. */
const kindOk = (kinds, kind, accepted) => kinds.has(kind) || (kind !== undefined && accepted === true);
/** A naming rule's name for these values (each trimmed), or null while one is blank. */
function nameOf(rule, values) {
  let name = '';
  for (const part of rule.parts) {
    if ('literal' in part) name += part.literal;
    else {
      const v = values[part.field]?.trim();
      if (!v) return null;
      name += v;
    }
  }
  return name;
}

/** Staff who reached `n` years, each person once. */
function qualifiedStaff(staff, n, byName, asOf) {
  const seen = new Set();
  staff.forEach((s, i) => {
    if (reached(s.experienceSince, s.experienceYears, n, asOf)) seen.add(byName ? personKey(undefined, s.name, i) : i);
  });
  return seen.size;
}

// json-rules-engine's conditions, written once.
const at = (path, operator, value) => ({ fact: 'application', path, operator, value });
const yes = (path) => at(path, 'equal', true);
const is = (fact, value = true) => ({ fact, operator: 'equal', value });
const atLeast = (fact, value) => ({ fact, operator: 'greaterThanInclusive', value });
const containsAll = (path, values) => values.map((v) => at(path, 'contains', v));
const kind = (path, accepted, kinds) => ({
  any: [at(path, 'in', kinds), { all: [at(path, 'notEqual', undefined), yes(accepted)] }],
});

/** An engine with its derived facts (each reads { application, asOf }) and its two rules. */
function engineOf(derivedFacts, eligible, advice) {
  const e = new Engine([], { allowUndefinedFacts: true });
  for (const [name, compute] of Object.entries(derivedFacts))
    e.addFact(name, async (_, almanac) =>
      compute(await almanac.factValue('application'), await almanac.factValue('asOf')),
    );
  e.addRule({ conditions: { all: eligible }, event: { type: ELIGIBLE } });
  if (advice.length > 0) e.addRule({ conditions: { all: advice }, event: { type: 'advice' } });
  return e;
}

/**
 * The 'precomputed' setup: the derived facts' values for one application, computed once
 * by the engine's own fact functions, and an engine without them. Returns the run.
 */
export async function precomputed(peer, application, asOf) {
  const { almanac } = await peer.engine().run({ application, asOf });
  const facts = Object.fromEntries(await Promise.all(peer.derived.map(async (n) => [n, await almanac.factValue(n)])));
  const plain = peer.engine();
  for (const name of peer.derived) plain.removeFact(name);
  return () => plain.run({ application, asOf, ...facts });
}

/** The table: one entry per [policy, subject] with a check, keyed `${policy} ${subject}`. */
export function peers(lib) {
  const table = {
    'tianjin studio': tianjinStudio(lib.tianjin),
    'national studio': nationalStudio(lib.national),
    'pingdingshan studio': pingdingshanStudio(lib.pingdingshan),
    'pingdingshan mentor': pingdingshanMentor(lib.pingdingshan),
    'taiyuan expert': taiyuanExpert(lib.taiyuan),
  };
  return table;
}

function tianjinStudio(t) {
  const LEADS = t.leadCount.value;
  const LEAD_YEARS = t.leadServiceYears.value;
  const LEAD_ROLES = ids(t.leadRoles);
  const AREA = Number(t.venueArea.value);
  const USE_YEARS = t.useRightYears.value;
  const CARRIER_KINDS = new Set(ids(t.carrierKinds));
  const STAFF = t.staffCount.value;
  const STAFF_YEARS = t.staffExperienceYears.value;
  const BY_NAME = t.staffDistinctBy.value !== 'entry';
  const ZONES = [...ids(t.consultingZones), ...ids(t.backOffice)];
  const RESOURCES = ids(t.resourceLibraries);
  const SYSTEMS = ids(t.managementSystems);
  const REPORT_PARTS = ids(t.applicationReportContents);
  const DOCUMENTS = ids(t.supportingDocuments);

  const leadsMeet = (a, asOf) =>
    a.leads !== undefined &&
    a.leads.length >= LEADS &&
    a.leads.every((l) => reached(l.mentoringSince, l.mentoringYears, LEAD_YEARS, asOf) && l.socialInfluence === true);
  /** 二（一）2, the right remaining from the as-of date (the default reading); a right not begun yet is none. */
  const useRightEnough = (v, asOf) =>
    !(v.useRightFrom > asOf) &&
    (v.useRightUntil !== undefined ? v.useRightUntil >= lastDayOfTerm(asOf, USE_YEARS) : v.useRightYears >= USE_YEARS);

  function floor(a, asOf) {
    const v = a.venue ?? {};
    const c = a.carrier;
    const m = a.materials ?? {};
    return (
      leadsMeet(a, asOf) &&
      c !== undefined &&
      v.areaSqm !== undefined &&
      Number(v.areaSqm) >= AREA &&
      useRightEnough(v, asOf) &&
      v.equipmentComplete === true &&
      v.convenientLocation === true &&
      kindOk(CARRIER_KINDS, c.kind, c.kindAccepted) &&
      a.staff !== undefined &&
      qualifiedStaff(a.staff, STAFF_YEARS, BY_NAME, asOf) >= STAFF &&
      c.operatingEntity === true &&
      v.consultingAreaSeparated === true &&
      includesAll(a.resources, RESOURCES) &&
      a.annualWorkPlan === true &&
      a.reportsToDistrict === true &&
      includesAll(a.systems, SYSTEMS) &&
      m.applicationForm === true &&
      REPORT_PARTS.every((k) => m.applicationReport?.[k] === true) &&
      DOCUMENTS.every((k) => m[k] === true)
    );
  }
  const derivedFacts = {
    leadsMeet,
    qualifiedStaff: (a, asOf) => (a.staff === undefined ? -1 : qualifiedStaff(a.staff, STAFF_YEARS, BY_NAME, asOf)),
    useRightEnough: (a, asOf) => useRightEnough(a.venue ?? {}, asOf),
    expectedName: (a) => nameOf(t.naming, { leadName: a.leads?.[0]?.name, specialty: a.specialty }),
  };
  const engine = () =>
    engineOf(
      derivedFacts,
      [
        is('leadsMeet'),
        at('$.carrier', 'notEqual', undefined),
        at('$.venue.areaSqm', 'greaterThanInclusive', AREA),
        is('useRightEnough'),
        yes('$.venue.equipmentComplete'),
        yes('$.venue.convenientLocation'),
        kind('$.carrier.kind', '$.carrier.kindAccepted', [...CARRIER_KINDS]),
        atLeast('qualifiedStaff', STAFF),
        yes('$.carrier.operatingEntity'),
        yes('$.venue.consultingAreaSeparated'),
        ...containsAll('$.resources', RESOURCES),
        yes('$.annualWorkPlan'),
        yes('$.reportsToDistrict'),
        ...containsAll('$.systems', SYSTEMS),
        yes('$.materials.applicationForm'),
        ...REPORT_PARTS.map((k) => yes(`$.materials.applicationReport.${k}`)),
        ...DOCUMENTS.map((k) => yes(`$.materials.${k}`)),
      ],
      [
        at('$.leads[0].role', 'in', LEAD_ROLES),
        ...containsAll('$.venue.zones', ZONES),
        at('$.name', 'equal', { fact: 'expectedName' }),
      ],
    );
  return { floor, engine, derived: Object.keys(derivedFacts) };
}

function nationalStudio(n) {
  const LEADS = n.leadCount.value;
  const LEAD_YEARS = n.leadServiceYears.value;
  const LEAD_ROLES = ids(n.leadRoles);
  const CARRIER_KINDS = new Set(ids(n.carrierKinds));
  const STAFF = n.staffCount.value;
  const STAFF_YEARS = n.staffExperienceYears.value;
  const BY_NAME = n.staffDistinctBy.value !== 'entry';
  const ZONES = [...ids(n.consultingZones), ...ids(n.backOffice)];
  const CAPACITY = n.activityRoomCapacity.value;
  const RESOURCES = ids(n.resourceLibraries);
  const SYSTEMS = [...ids(n.managementSystems), ...ids(n.specialFundSystem)];
  const APPOINTMENT = ids(n.appointmentSystem);

  const leadsMeet = (a, asOf) =>
    a.leads !== undefined &&
    a.leads.length >= LEADS &&
    a.leads.every(
      (l) =>
        reached(l.mentoringSince, l.mentoringYears, LEAD_YEARS, asOf) &&
        l.socialInfluence === true &&
        l.localContribution === true,
    );
  /** 一（四）: the name holds 地区+领办人姓名+创业指导师工作室 for some lead, its parts side by side (extra elements around them allowed). */
  const nameFollows = (a) => {
    const name = a.name?.trim();
    if (name === undefined) return false;
    return (a.leads ?? []).some((l) => {
      const core = nameOf(n.naming, { region: a.region, leadName: l.name });
      return core !== null && name.includes(core);
    });
  };

  function floor(a, asOf) {
    const v = a.venue ?? {};
    return (
      leadsMeet(a, asOf) &&
      kindOk(CARRIER_KINDS, a.carrier?.kind, a.carrier?.kindAccepted) &&
      a.staff !== undefined &&
      qualifiedStaff(a.staff, STAFF_YEARS, BY_NAME, asOf) >= STAFF &&
      nameFollows(a) &&
      v.fixed === true &&
      v.consultingAreaSeparated === true &&
      includesAll(a.resources, RESOURCES) &&
      includesAll(a.systems, SYSTEMS) &&
      a.annualWorkPlan === true
    );
  }
  const derivedFacts = {
    leadsMeet,
    qualifiedStaff: (a, asOf) => (a.staff === undefined ? -1 : qualifiedStaff(a.staff, STAFF_YEARS, BY_NAME, asOf)),
    nameFollows,
  };
  const engine = () =>
    engineOf(
      derivedFacts,
      [
        is('leadsMeet'),
        kind('$.carrier.kind', '$.carrier.kindAccepted', [...CARRIER_KINDS]),
        atLeast('qualifiedStaff', STAFF),
        is('nameFollows'),
        yes('$.venue.fixed'),
        yes('$.venue.consultingAreaSeparated'),
        ...containsAll('$.resources', RESOURCES),
        ...containsAll('$.systems', SYSTEMS),
        yes('$.annualWorkPlan'),
      ],
      [
        at('$.leads[0].role', 'in', LEAD_ROLES),
        ...containsAll('$.venue.zones', ZONES),
        at('$.venue.activityRoomCapacity', 'greaterThanInclusive', CAPACITY),
        ...containsAll('$.systems', APPOINTMENT),
      ],
    );
  return { floor, engine, derived: Object.keys(derivedFacts) };
}

/** 第五条（一）（二）: one mentor's conditions at a date, as a function of the policy's parameters. */
function mentorConditions(p) {
  const RECORDS = ids(p.disqualifyingRecords);
  const YEARS = p.mentorServiceYears.value;
  const DAY_AFTER = p.serviceYearsReached.value === 'day-after-anniversary';
  const CERTIFICATES = new Set(ids(p.certificateKinds));
  const LEVELS = new Set(ids(p.commendationLevels));
  const serviceReached = (m, asOf) =>
    m.serviceSince !== undefined
      ? DAY_AFTER
        ? asOf > anniversary(m.serviceSince, YEARS)
        : asOf >= anniversary(m.serviceSince, YEARS)
      : m.serviceYears >= YEARS;
  const certified = (m) =>
    m.certificates?.some((c) => CERTIFICATES.has(c.kind) || (c.kind === 'other' && c.accepted === true)) === true;
  // A commendation dated after the as-of date has not been given yet.
  const commended = (m, asOf) =>
    m.commendations?.some((c) => LEVELS.has(c.level) && !(c.date > asOf) && c.forEntrepreneurshipWork === true) ===
    true;
  const declared = (m) =>
    m.supportsConstitution === true &&
    m.politicalAndMoralQuality === true &&
    m.lawAbiding === true &&
    m.volunteers === true &&
    m.fitForDuty === true &&
    RECORDS.every((r) => m.records?.[r] === false);
  const qualifies = (m, asOf) =>
    declared(m) && serviceReached(m, asOf) && (certified(m) || commended(m, asOf) || m.outstandingResults === true);
  return { RECORDS, serviceReached, certified, commended, qualifies };
}

function pingdingshanStudio(p) {
  const FROM = p.earliestInForce.value;
  const HOSTS = new Set(ids(p.hostKinds));
  const LEAD_MENTORS = p.leadMentorCount.value;
  const MENTORS = p.mentorCount.value;
  const LEAD_COUNTS = p.leadCountsAsMentor.value;
  const STAFF = p.staffCount.value;
  const COPIES = p.materialCopies.value;
  const REPORT_PARTS = ids(p.applicationReportContents);
  const mentor = mentorConditions(p);

  /** 第五条（三）1: qualified persons, each counted once, as lead mentors and as the other mentors. */
  function qualifiedMentors(a, asOf) {
    const ms = a.mentors ?? [];
    const keys = ms.map((m, i) => personKey(m.idNumber, m.name, i));
    const leadKeys = new Set(keys.filter((_, i) => ms[i].role === 'lead'));
    const leads = new Set();
    const others = new Set();
    ms.forEach((m, i) => {
      if (!mentor.qualifies(m, asOf)) return;
      if (m.role === 'lead') leads.add(keys[i]);
      if (LEAD_COUNTS || (m.role === 'mentor' && !leadKeys.has(keys[i]))) others.add(keys[i]);
    });
    return { leads: leads.size, others: others.size };
  }
  const distinctStaff = (a) => new Set(a.staff.map((s, i) => personKey(s.idNumber, s.name, i))).size;
  /** 第六条（五）: 申报个人名称 (else the one lead mentor's name) + 大众创业指导大师工作室, exactly. */
  const nameFollows = (a) => {
    const leads = (a.mentors ?? []).filter((m) => m.role === 'lead');
    const applicant = a.applicantName ?? (leads.length === 1 ? leads[0].name : undefined);
    const expected = nameOf(p.naming, { applicantName: applicant });
    return expected !== null && a.name?.trim() === expected;
  };

  function floor(a, asOf) {
    if (asOf < FROM || a.mentors === undefined || a.staff === undefined) return false;
    const h = a.host ?? {};
    const m = a.materials ?? {};
    const counted = qualifiedMentors(a, asOf);
    return (
      kindOk(HOSTS, h.kind, h.kindAccepted) &&
      ((h.kind === 'university' && h.withinCity === true) || a.countyLevelStudio === true) &&
      counted.leads >= LEAD_MENTORS &&
      counted.others >= MENTORS &&
      distinctStaff(a) >= STAFF &&
      a.promotesPolicies === true &&
      a.implementsPreferentialPolicies === true &&
      a.talentSystems === true &&
      a.workingConditions === true &&
      nameFollows(a) &&
      m.copies >= COPIES &&
      m.applicationForm === true &&
      REPORT_PARTS.every((k) => m.applicationReport?.[k] === true) &&
      m.candidateDocuments === true
    );
  }
  const derivedFacts = {
    inForce: (_, asOf) => asOf >= FROM,
    qualifiedLeadMentors: (a, asOf) => (a.mentors === undefined ? -1 : qualifiedMentors(a, asOf).leads),
    qualifiedMentors: (a, asOf) => (a.mentors === undefined ? -1 : qualifiedMentors(a, asOf).others),
    distinctStaff: (a) => (a.staff === undefined ? -1 : distinctStaff(a)),
    nameFollows,
  };
  const engine = () =>
    engineOf(
      derivedFacts,
      [
        is('inForce'),
        kind('$.host.kind', '$.host.kindAccepted', [...HOSTS]),
        {
          any: [
            { all: [at('$.host.kind', 'equal', 'university'), yes('$.host.withinCity')] },
            yes('$.countyLevelStudio'),
          ],
        },
        atLeast('qualifiedLeadMentors', LEAD_MENTORS),
        atLeast('qualifiedMentors', MENTORS),
        atLeast('distinctStaff', STAFF),
        yes('$.promotesPolicies'),
        yes('$.implementsPreferentialPolicies'),
        yes('$.talentSystems'),
        yes('$.workingConditions'),
        is('nameFollows'),
        at('$.materials.copies', 'greaterThanInclusive', COPIES),
        yes('$.materials.applicationForm'),
        ...REPORT_PARTS.map((k) => yes(`$.materials.applicationReport.${k}`)),
        yes('$.materials.candidateDocuments'),
      ],
      [],
    );
  return { floor, engine, derived: Object.keys(derivedFacts) };
}

function pingdingshanMentor(p) {
  const FROM = p.earliestInForce.value;
  const mentor = mentorConditions(p);
  const floor = (m, asOf) => asOf >= FROM && mentor.qualifies(m, asOf);
  const derivedFacts = {
    inForce: (_, asOf) => asOf >= FROM,
    serviceReached: mentor.serviceReached,
    certified: mentor.certified,
    commended: mentor.commended,
  };
  const engine = () =>
    engineOf(
      derivedFacts,
      [
        is('inForce'),
        yes('$.supportsConstitution'),
        yes('$.politicalAndMoralQuality'),
        yes('$.lawAbiding'),
        ...mentor.RECORDS.map((r) => at(`$.records.${r}`, 'equal', false)),
        yes('$.volunteers'),
        yes('$.fitForDuty'),
        is('serviceReached'),
        { any: [is('certified'), is('commended'), yes('$.outstandingResults')] },
      ],
      [],
    );
  return { floor, engine, derived: Object.keys(derivedFacts) };
}

/**
 * The expert check for a candidate (no terms, no dismissal: the bundled example): 第十五条,
 * 第五条 and 第六条. A serving expert's term, grounds for dismissal and procedure are not
 * written here: the floor refuses such an input rather than answer wrongly.
 */
function taiyuanExpert(t) {
  const FROM = t.inForceFrom.value;
  const TO = lastDayOfTerm(FROM, t.validityYears.value);
  const DECLARATIONS = ['standing', 'policyKnowledge', 'commitment', 'communication', 'integrity'];
  const EXPERIENCE = t.experienceYears.value;
  const COACHED = t.coachingRecord.value;
  const set = (param) => new Set(ids(param));
  const SPARK = set(t.sparkContests);
  const EMPLOYERS = set(t.managerEmployers);
  const FIELDS = set(t.professionalFields);
  const ACADEMIC = set(t.academicInstitutions);
  const AREAS = set(t.academicAreas);
  const FINANCE = set(t.financialInstitutions);
  const PUBLIC = set(t.publicBodies);
  const ORGANISATIONS = set(t.carrierOrganisations);
  const POSITIONS = set(t.carrierPositions);
  const level = (levels, min, value) => value !== undefined && levels.indexOf(value) >= levels.indexOf(min);
  const years = (param, b, asOf) => reached(b.since, b.years, param.value, asOf);
  /** 第五条（一）–（八）: one background against its category. */
  const QUALIFIES = {
    entrepreneur: (b) =>
      b.renowned === true ||
      (b.sparkContest !== undefined &&
        SPARK.has(b.sparkContest.contest) &&
        b.sparkContest.organisedByHrss === true &&
        b.sparkContest.reachedFinal === true &&
        b.sparkContest.prizeWinner === true),
    manager_or_professional: (b) =>
      b.role === 'professional_manager'
        ? EMPLOYERS.has(b.employer)
        : b.role !== undefined &&
          (b.profession === 'other' ? b.professionAccepted === true : FIELDS.has(b.profession)) &&
          level(t.TITLE_LEVELS, t.minimumTitle.value, b.title),
    academic: (b) =>
      ACADEMIC.has(b.institution) &&
      AREAS.has(b.researchArea) &&
      level(t.ACADEMIC_RANKS, t.minimumAcademicRank.value, b.rank),
    finance: (b, asOf) =>
      FINANCE.has(b.financialInstitution) && b.investmentWork === true && years(t.financeYears, b, asOf),
    public_sector: (b, asOf) =>
      PUBLIC.has(b.publicBody) && b.policyFamiliar === true && years(t.publicSectorYears, b, asOf),
    trainer: (b, asOf) => b.recognisedTrainer === true && years(t.trainerYears, b, asOf),
    carrier_manager: (b, asOf) =>
      ORGANISATIONS.has(b.organisation) && POSITIONS.has(b.position) && years(t.carrierYears, b, asOf),
    contributor: (b) => b.outstandingContribution === true,
    other: (b) => b.accepted === true,
  };
  const categoryQualifies = (e, asOf) => e.backgrounds?.some((b) => QUALIFIES[b.category]?.(b, asOf) === true) === true;
  const candidateOnly = (e) => {
    if ((e.terms !== undefined && e.terms.length > 0) || e.dismissal !== undefined)
      throw new Error('bench-peers: the Taiyuan floor covers a candidate (no terms, no dismissal)');
  };

  function floor(e, asOf) {
    candidateOnly(e);
    return (
      asOf >= FROM &&
      asOf <= TO &&
      categoryQualifies(e, asOf) &&
      DECLARATIONS.every((k) => e.declarations?.[k] === true) &&
      e.managedEnterprise === true &&
      reached(e.experienceSince, e.experienceYears, EXPERIENCE, asOf) &&
      e.coachedStartups >= COACHED
    );
  }
  const derivedFacts = {
    inForce: (e, asOf) => {
      candidateOnly(e);
      return asOf >= FROM && asOf <= TO;
    },
    categoryQualifies,
    experienceReached: (e, asOf) => reached(e.experienceSince, e.experienceYears, EXPERIENCE, asOf),
  };
  const engine = () =>
    engineOf(
      derivedFacts,
      [
        is('inForce'),
        is('categoryQualifies'),
        ...DECLARATIONS.map((k) => yes(`$.declarations.${k}`)),
        yes('$.managedEnterprise'),
        is('experienceReached'),
        at('$.coachedStartups', 'greaterThanInclusive', COACHED),
      ],
      [],
    );
  return { floor, engine, derived: Object.keys(derivedFacts) };
}
