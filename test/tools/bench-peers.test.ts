// The benchmark's peers compute what the check computes: for every policy with a check,
// the hand-written floor and json-rules-engine (deriving its facts, and over precomputed
// facts) say eligible exactly when the check's verdict is 'eligible' — on the bundled
// example and on variants of it at each major criterion's boundary, both sides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { check, type Report } from '../../src/index.js';
import { type PeerKey, peers, precomputed, saysEligible } from './bench-peers.mjs';

const AS_OF = '2026-11-22';
// biome-ignore lint/suspicious/noExplicitAny: variants edit the raw JSON as a caller would
type Json = any;
const example = (path: string): Json =>
  JSON.parse(readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8'));
const table = peers(lib);
const checkAny = check as (policy: string, subject: string, input: unknown, options: { asOf: string }) => Report;

/** A variant: its name, whether the check finds it eligible, the change, and its as-of date. */
type Variant = [name: string, eligible: boolean, change: (a: Json) => void, asOf?: string];

const same = () => {};
const CASES: [PeerKey, string, Variant[]][] = [
  [
    'tianjin studio',
    'tianjin/studio-application.json',
    [
      ['as bundled', true, same],
      ['floor area exactly 100 m²', true, (a) => (a.venue.areaSqm = '100')],
      ['floor area 99.9 m²', false, (a) => (a.venue.areaSqm = '99.9')],
      ['the lead’s 5 years reached on the as-of date', true, (a) => (a.leads[0].mentoringSince = '2021-11-22')],
      ['the lead’s 5 years reached the day after', false, (a) => (a.leads[0].mentoringSince = '2021-11-23')],
      ['a second lead without social influence', false, (a) => a.leads.push({ ...a.leads[0], socialInfluence: false })],
      ['no lead listed', false, (a) => (a.leads = [])],
      ['use right to the last day of 3 years', true, (a) => (a.venue.useRightUntil = '2029-11-21')],
      ['use right a day short', false, (a) => (a.venue.useRightUntil = '2029-11-20')],
      ['a use right that begins after the as-of date', false, (a) => (a.venue.useRightFrom = '2026-11-23')],
      ['a staff member’s 2 years reached on the as-of date', true, (a) => (a.staff[1].experienceSince = '2024-11-22')],
      ['a staff member’s 2 years reached the day after', false, (a) => (a.staff[1].experienceSince = '2024-11-23')],
      ['a staff member listed twice', false, (a) => (a.staff[2] = { name: ' 刘 畅', experienceYears: 8 })],
      ['another carrier kind, accepted', true, (a) => Object.assign(a.carrier, { kind: 'other', kindAccepted: true })],
      ['another carrier kind, not yet accepted', false, (a) => (a.carrier.kind = 'other')],
      ['a resource library missing', false, (a) => a.resources.pop()],
      ['a management system missing', false, (a) => a.systems.shift()],
      ['no proof of the premises', false, (a) => delete a.materials.premisesProof],
      ['a part of the application report missing', false, (a) => (a.materials.applicationReport.advantages = false)],
      [
        'advice only: another name, no back office, an unlisted role',
        true,
        (a) => {
          a.name = '滨海创业工作室';
          a.venue.zones = ['individual_consulting_room'];
          Object.assign(a.leads[0], { role: 'other' });
        },
      ],
    ],
  ],
  [
    'national studio',
    'national/eligible-studio.json',
    [
      ['as bundled', true, same],
      ['the lead’s 5 years reached on the as-of date', true, (a) => (a.leads[0].mentoringSince = '2021-11-22')],
      ['the lead’s 5 years reached the day after', false, (a) => (a.leads[0].mentoringSince = '2021-11-23')],
      ['no local contribution declared', false, (a) => delete a.leads[0].localContribution],
      ['social influence not declared', false, (a) => delete a.leads[0].socialInfluence],
      ['no lead listed', false, (a) => (a.leads = [])],
      ['a staff member’s 2 years reached on the as-of date', true, (a) => (a.staff[1].experienceSince = '2024-11-22')],
      ['a staff member’s 2 years reached the day after', false, (a) => (a.staff[1].experienceSince = '2024-11-23')],
      ['a staff member listed twice', false, (a) => (a.staff[2] = { name: '李　华', experienceYears: 6 })],
      ['no special fund system', false, (a) => a.systems.pop()],
      ['no appointment system (advice)', true, (a) => a.systems.shift()],
      ['the name with an added element', true, (a) => (a.name = `${a.name}（中关村）`)],
      ['the name’s parts apart', false, (a) => (a.name = '北京市海淀区 张明创业指导师工作室')],
      [
        'a carrier of another kind, refused',
        false,
        (a) => Object.assign(a.carrier, { kind: 'other', kindAccepted: false }),
      ],
      ['premises not fixed', false, (a) => (a.venue.fixed = false)],
    ],
  ],
  [
    'pingdingshan studio',
    'pingdingshan/studio-application.json',
    [
      ['as bundled', true, same],
      ['a mentor’s 5 years reached on the as-of date', true, (a) => (a.mentors[2].serviceSince = '2021-11-22')],
      ['a mentor’s 5 years reached the day after', false, (a) => (a.mentors[2].serviceSince = '2021-11-23')],
      ['a mentor listed twice', false, (a) => (a.mentors[2].idNumber = a.mentors[1].idNumber)],
      ['the lead listed again as a mentor', false, (a) => (a.mentors[2].idNumber = a.mentors[0].idNumber)],
      ['the lead mentor with a criminal record', false, (a) => (a.mentors[0].records.criminalPunishment = true)],
      ['a staff member listed twice', false, (a) => (a.staff[4] = { name: '陈 晨' })],
      ['one copy of the materials', false, (a) => (a.materials.copies = 1)],
      ['no staff list', false, (a) => delete a.staff],
      ['another name', false, (a) => (a.name = '李华创业指导大师工作室')],
      ['a university outside the city', false, (a) => (a.host.withinCity = false)],
      [
        'outside the city but a county-level studio',
        true,
        (a) => Object.assign(a, { host: { ...a.host, withinCity: false }, countyLevelStudio: true }),
      ],
      ['before the measures', false, same, '2023-12-31'],
    ],
  ],
  [
    'pingdingshan mentor',
    'pingdingshan/mentor.json',
    [
      ['as bundled', true, same],
      ['5 years reached on the as-of date', true, (a) => (a.serviceSince = '2021-11-22')],
      ['5 years reached the day after', false, (a) => (a.serviceSince = '2021-11-23')],
      ['a record that bars', false, (a) => (a.records.jointDishonestyPunishment = true)],
      ['fitness not declared', false, (a) => delete a.fitForDuty],
      [
        'only another certificate, accepted',
        true,
        (a) =>
          Object.assign(a, {
            certificates: [{ kind: 'other', accepted: true }],
            commendations: [],
            outstandingResults: false,
          }),
      ],
      [
        'only another certificate, not yet accepted',
        false,
        (a) => Object.assign(a, { certificates: [{ kind: 'other' }], commendations: [], outstandingResults: false }),
      ],
      [
        'only a commendation, given on the as-of date',
        true,
        (a) => {
          Object.assign(a, { certificates: [], outstandingResults: false });
          a.commendations[0].date = '2026-11-22';
        },
      ],
      [
        'only a commendation, given the day after',
        false,
        (a) => {
          Object.assign(a, { certificates: [], outstandingResults: false });
          a.commendations[0].date = '2026-11-23';
        },
      ],
      ['before the measures', false, same, '2023-12-31'],
    ],
  ],
  [
    'taiyuan expert',
    'taiyuan/candidate.json',
    [
      ['as bundled', true, same],
      ['4 years’ experience reached on the as-of date', true, (a) => (a.experienceSince = '2022-11-22')],
      ['4 years’ experience reached the day after', false, (a) => (a.experienceSince = '2022-11-23')],
      ['no coached start-up', false, (a) => (a.coachedStartups = 0)],
      ['integrity not declared', false, (a) => delete a.declarations.integrity],
      ['a trainer of 4 years only', true, (a) => (a.backgrounds = [{ ...a.backgrounds[1], since: '2022-11-22' }])],
      [
        'a trainer a day short of 4 years',
        false,
        (a) => (a.backgrounds = [{ ...a.backgrounds[1], since: '2022-11-23' }]),
      ],
      ['the last day of the measures', true, same, '2031-01-31'],
      ['after the measures', false, same, '2031-02-01'],
      ['before the measures', false, same, '2026-01-31'],
    ],
  ],
];

describe('the benchmark’s peers agree with the check', () => {
  for (const [key, path, variants] of CASES) {
    const [policy, subject] = key.split(' ') as [string, string];
    const peer = table[key];
    describe(key, () => {
      it.each(variants)('%s', async (_name, eligible, change, asOf = AS_OF) => {
        const input = example(path);
        change(input);
        expect(checkAny(policy, subject, input, { asOf }).verdict === 'eligible').toBe(eligible);
        expect(peer.floor(input, asOf)).toBe(eligible);
        expect(saysEligible(await peer.engine().run({ application: input, asOf }))).toBe(eligible);
        expect(saysEligible(await (await precomputed(peer, input, asOf))())).toBe(eligible);
      });
    });
  }

  it('has a peer for every policy’s check and subject', () => {
    const keys = Object.values(lib.policies).flatMap((p) => p.subjects.map((s) => `${p.id} ${s}`));
    expect(Object.keys(table).sort()).toEqual(keys.sort());
  });

  it('refuses a serving Taiyuan expert rather than answer for it', () => {
    const input = { ...example('taiyuan/candidate.json'), terms: [{ from: '2026-03-01' }] };
    expect(() => table['taiyuan expert'].floor(input, AS_OF)).toThrow(/candidate/u);
  });
});
