// The studio application as the national guideline describes it. Every field is
// optional: a missing fact makes its rules `unknown`, never an error. Regional texts
// extend these shapes with what they add (Tianjin's area and use right).
import * as z from 'zod/mini';
import { isoDate, nameText } from '../../core/fields.js';

const years = z.number().check(z.nonnegative());

/** 一（三）1: "一般为优秀的创业指导师，或…创业培训师资、创业指导人员、企业家、投资人等". */
export const LEAD_ROLES = ['mentor', 'trainer', 'guidance_staff', 'entrepreneur', 'investor', 'other'] as const;

/** 一（三）2 (and Tianjin 二（一）2): the kinds of entrepreneurship-service carrier. */
export const CARRIER_KINDS = [
  'public_employment_service',
  'training_institution',
  'university',
  'vocational_college',
  'startup_park',
  'incubator',
  'venture_capital',
  'other',
] as const;

/** 三（一）: the zones of the venue. */
export const VENUE_ZONES = [
  'individual_consulting_room',
  'activity_room',
  'display_area',
  'self_service_area',
  'back_office',
  'meeting_room',
] as const;

/** 三（二）: the five resource libraries. */
export const RESOURCE_LIBRARIES = [
  'service_objects',
  'basic_information',
  'assessment_tools',
  'expert_pool',
  'training_courses',
] as const;

/**
 * Management systems named by the studio texts: 三（四） of the guideline, 三（三） (the
 * special fund), and the regional lists (Tianjin's reception and service records).
 */
export const MANAGEMENT_SYSTEMS = [
  'appointment',
  'tiered_service',
  'case_closure',
  'archives',
  'evaluation',
  'funding',
  'discipline',
  'external_experts',
  'special_fund',
  'reception',
  'service_records',
] as const;

export const leadShape = {
  name: z.optional(nameText),
  role: z.optional(z.enum(LEAD_ROLES)),
  /** For role 'other': whether the recognising authority accepted it (the list ends in 等). */
  roleAccepted: z.optional(z.boolean()),
  /** Start of the lead's entrepreneurship-guidance service (preferred: exact at the as-of date). */
  mentoringSince: z.optional(isoDate),
  /** Or the declared years of that service. */
  mentoringYears: z.optional(years),
  /** Declared: "具有较强的社会影响力". */
  socialInfluence: z.optional(z.boolean()),
  /** Declared: "在当地创业培训服务工作中作出较大贡献". */
  localContribution: z.optional(z.boolean()),
};

export const staffShape = {
  name: z.optional(nameText),
  role: z.optional(nameText),
  /** Start of the member's work in entrepreneurship training or guidance. */
  experienceSince: z.optional(isoDate),
  experienceYears: z.optional(years),
};

export const carrierShape = {
  name: z.optional(nameText),
  kind: z.optional(z.enum(CARRIER_KINDS)),
  /** For kind 'other': whether the authority accepted it. */
  kindAccepted: z.optional(z.boolean()),
};

export const venueShape = {
  /** "固定的工作场所和设备设施". */
  fixed: z.optional(z.boolean()),
  zones: z.optional(z.array(z.enum(VENUE_ZONES)).check(z.maxLength(50))),
  /** Seats of the activity room ("可容纳 30-50 人"). */
  activityRoomCapacity: z.optional(z.int().check(z.nonnegative())),
  /** "咨询服务区应与其他办公区域、服务大厅等场所相对隔离". */
  consultingAreaSeparated: z.optional(z.boolean()),
};

export const studioShape = {
  /** The studio's name, checked against the naming rule. */
  name: z.optional(nameText),
  /** 地区: the region that prefixes the name ("北京市海淀区"). */
  region: z.optional(nameText),
  leads: z.optional(z.array(z.strictObject(leadShape)).check(z.maxLength(100))),
  carrier: z.optional(z.strictObject(carrierShape)),
  staff: z.optional(z.array(z.strictObject(staffShape)).check(z.maxLength(1000))),
  venue: z.optional(z.strictObject(venueShape)),
  resources: z.optional(z.array(z.enum(RESOURCE_LIBRARIES)).check(z.maxLength(50))),
  systems: z.optional(z.array(z.enum(MANAGEMENT_SYSTEMS)).check(z.maxLength(50))),
  /** "工作室应制定年度工作计划". */
  annualWorkPlan: z.optional(z.boolean()),
};

/** A studio application under the national guideline. */
export const studioSchema = z.strictObject(studioShape);
export type StudioApplication = z.infer<typeof studioSchema>;

export { isoDate };
