// The inputs the Pingdingshan measures rule: a mentor (第五条（一）（二）), a studio
// application (第三条, 第五条（三）, 第六条（五）, 第七条, 第十一条（二）), a year's record
// (第十条) and a studio's dated history (第十一条（四）). Every field is optional: a
// missing fact makes its rules `unknown`, never an error.
import * as z from 'zod/mini';
import { isoDate } from '../national/schema.js';

const text = z.string().check(z.maxLength(500));
const years = z.number().check(z.nonnegative());
const list = <T extends z.ZodMiniType>(item: T, max = 1000) => z.optional(z.array(item).check(z.maxLength(max)));

export const CERTIFICATE_KINDS = [
  'entrepreneurship_trainer',
  'hr_practitioner',
  'psychological_counselor',
  'other',
] as const;
export const COMMENDATION_LEVELS = ['national', 'provincial', 'municipal', 'county', 'other'] as const;

export const mentorShape = {
  name: z.optional(text),
  /** Identity number, the key that makes two entries the same person. */
  idNumber: z.optional(z.string().check(z.maxLength(40))),
  /** 第五条（一）1–5: declarations, unknown until attested. */
  supportsConstitution: z.optional(z.boolean()),
  politicalAndMoralQuality: z.optional(z.boolean()),
  lawAbiding: z.optional(z.boolean()),
  volunteers: z.optional(z.boolean()),
  fitForDuty: z.optional(z.boolean()),
  /** 第五条（一）3: each record, true when the person has it; every one bars the person. */
  records: z.optional(
    z.strictObject({
      criminalPunishment: z.optional(z.boolean()),
      expelledFromParty: z.optional(z.boolean()),
      jointDishonestyPunishment: z.optional(z.boolean()),
      recruitmentCheating: z.optional(z.boolean()),
      otherStatutoryBar: z.optional(z.boolean()),
    }),
  ),
  /** Start of the person's entrepreneurship service (preferred: exact at the as-of date). */
  serviceSince: z.optional(isoDate),
  /** Or the declared years of that service. */
  serviceYears: z.optional(years),
  /** 第五条（二）6: professional qualification certificates. */
  certificates: list(
    z.strictObject({
      kind: z.enum(CERTIFICATE_KINDS),
      name: z.optional(text),
      /** For kind 'other': whether the reviewing authority accepts it as relevant ("等相关"). */
      accepted: z.optional(z.boolean()),
    }),
    50,
  ),
  /** 第五条（二）7: commendations. */
  commendations: list(
    z.strictObject({
      level: z.enum(COMMENDATION_LEVELS),
      /** Whether it commends entrepreneurship work ("创业工作先进表彰"). */
      forEntrepreneurshipWork: z.optional(z.boolean()),
      title: z.optional(text),
      date: z.optional(isoDate),
    }),
    50,
  ),
  /** 第五条（二）8: "工作成绩突出、成果显著", a judgement the reviewers attest. */
  outstandingResults: z.optional(z.boolean()),
};

export const mentorSchema = z.strictObject(mentorShape);
export type PingdingshanMentor = z.infer<typeof mentorSchema>;

export const HOST_KINDS = ['entrepreneurship_service', 'university', 'hr_service', 'other'] as const;

const person = z.strictObject({ name: z.optional(text), idNumber: z.optional(z.string().check(z.maxLength(40))) });

export const studioSchema = z.strictObject({
  /** The studio's name, checked against 第六条（五）. */
  name: z.optional(text),
  /** 申报个人名称: the person the studio is named after; by default the lead mentor's name. */
  applicantName: z.optional(text),
  host: z.optional(
    z.strictObject({
      name: z.optional(text),
      kind: z.optional(z.enum(HOST_KINDS)),
      /** For kind 'other': whether the city bureau accepts it (第三条 "主要"). */
      kindAccepted: z.optional(z.boolean()),
      /** 第六条（二）: whether the host is within Pingdingshan (平顶山市域内), for a university. */
      withinCity: z.optional(z.boolean()),
    }),
  ),
  /** 第六条（二）: whether the applicant is already a county-level (县（市、区）级) master studio. */
  countyLevelStudio: z.optional(z.boolean()),
  /** The mentors, each with the facts of a mentor and a role: 'lead' (领衔创业导师) or 'mentor'. */
  mentors: list(z.strictObject({ ...mentorShape, role: z.enum(['lead', 'mentor']) }), 100),
  staff: list(person, 1000),
  /** 第五条（三）2–5. */
  promotesPolicies: z.optional(z.boolean()),
  implementsPreferentialPolicies: z.optional(z.boolean()),
  talentSystems: z.optional(z.boolean()),
  workingConditions: z.optional(z.boolean()),
  /**
   * 第十一条（二）: the three-year work plan. A duty of a recognised studio in its daily
   * running, not a condition of recognition: accepted for the file, not checked.
   */
  workPlan: z.optional(
    z.strictObject({
      years: z.optional(z.int().check(z.nonnegative())),
      direction: z.optional(z.boolean()),
      focus: z.optional(z.boolean()),
      level: z.optional(z.boolean()),
      scale: z.optional(z.boolean()),
      measures: z.optional(z.boolean()),
    }),
  ),
  /** 第七条: the materials, in duplicate. */
  materials: z.optional(
    z.strictObject({
      copies: z.optional(z.int().check(z.nonnegative())),
      applicationForm: z.optional(z.boolean()),
      applicationReport: z.optional(
        z.strictObject({
          mentorProfiles: z.optional(z.boolean()),
          necessityAndAdvantages: z.optional(z.boolean()),
          systemsAndGoals: z.optional(z.boolean()),
          workingConditions: z.optional(z.boolean()),
          talentPolicies: z.optional(z.boolean()),
        }),
      ),
      /** 第七条3: copies of the candidates' identity cards, certificates, awards and honours. */
      candidateDocuments: z.optional(z.boolean()),
    }),
  ),
});
export type PingdingshanStudio = z.infer<typeof studioSchema>;

export const ACTIVITY_KINDS = ['regional_exchange', 'four_into', 'other'] as const;
export const FOUR_INTO_PLACES = ['park', 'enterprise', 'campus', 'community'] as const;

/** A studio's year: the dated records 第十条 counts. */
export const yearRecordSchema = z.strictObject({
  studio: z.optional(text),
  /** The date the studio was recognised (发文确认). */
  recognizedOn: z.optional(isoDate),
  activities: list(
    z.strictObject({
      date: isoDate,
      /** 'regional_exchange': 第十条1 (区域性创业政策咨询、创业指导等服务交流指导); 'four_into': 第十条2. */
      kind: z.enum(ACTIVITY_KINDS),
      place: z.optional(z.enum(FOUR_INTO_PLACES)),
      title: z.optional(text),
      /** Distinguishes two activities of the same kind on the same day with the same title. */
      id: z.optional(z.string().check(z.maxLength(100))),
    }),
    10_000,
  ),
  /** 第十条3: service backbones whose training completed on `date`. */
  backbones: list(
    z.strictObject({
      name: z.optional(text),
      idNumber: z.optional(z.string().check(z.maxLength(40))),
      date: isoDate,
    }),
    10_000,
  ),
  /** For a caller's standard with assessed items: the evaluators' fraction in [0, 1] per item id. */
  assessments: z.optional(z.record(z.string().check(z.maxLength(100)), z.number().check(z.nonnegative(), z.lte(1)))),
});
export type PingdingshanYearRecord = z.infer<typeof yearRecordSchema>;
