import type { Bilingual, Provenance } from '../core/types.js';

/** The seven modules, in the text's order (第1章 … 第七章). */
export type ModuleId =
  | 'information'
  | 'consulting'
  | 'training'
  | 'guidance'
  | 'incubation'
  | 'financing'
  | 'activities';

/** 基本服务 / 延伸服务 / 拓展服务 (说明 2.). */
export type Tier = 'basic' | 'extended' | 'expanded';

/** A tier, its name and the text's definition of it. */
export interface TierInfo {
  id: Tier;
  /** '基本服务' */
  title: string;
  label: Bilingual;
  /** The 说明's definition, verbatim. */
  definition: string;
}

/** A numbered sub-item of a function (1.2.1 …); some have no heading of their own (2.1.1). */
export interface SubItem {
  number: string;
  title: string | null;
  text: string;
}

/** One of the 33 service functions (the X.Y entries of a chapter). */
export interface ServiceFunction {
  /** Unique across the catalogue: 'information/1.1'. */
  id: string;
  module: ModuleId;
  /** The chapter's own numbering, restarting per chapter: '1.1', '2.1' … */
  number: string;
  /** The body's heading, verbatim: '社群组织'. */
  title: string;
  /** The name in the 一览表; differs from `title` only where the text does (创业社群组织). */
  tableTitle: string;
  /** `title` in both languages (zh is `title`). */
  label: Bilingual;
  tier: Tier;
  /** Verbatim; sub-items (1.2.1 …) included, one line each for heading and text. */
  text: string;
  subItems: readonly SubItem[];
}

/** A way a module is delivered (二、服务方式): '窗口服务'. */
export interface ServiceMode {
  number: string;
  title: string;
  label: Bilingual;
  text: string;
}

/** A duty the text attaches to a step of a flow, checked on each event at that step. */
export interface StepDuty {
  /** reason: the event states a reason; documents: it lists the documents asked for; once: the step happens at most once in a case. */
  kind: 'reason' | 'documents' | 'once';
  /** The function whose text states the duty. */
  function: string;
  /** The words that state it, verbatim. */
  quote: string;
}

/** A box of a flow chart (or a step the function text names, origin 'text'). */
export interface FlowStep {
  id: string;
  label: Bilingual;
  /** The box as the seed has it, verbatim (line breaks inside a box kept). */
  source: string;
  /** chart: a box of the 基本服务流程; text: a step named by the functions' text, not drawn. */
  origin: 'chart' | 'text';
  duties: readonly StepDuty[];
  /** Why the label differs from the source, where it does. */
  note?: string;
  /**
   * The step runs alongside the others (training's 监督与评估, 1.2.1 "全过程"): reachable from
   * every step, and the case goes on from the step before it.
   */
  concurrent?: true;
}

/** One life a flow's chart describes: incubation has a base's and a project's; the others one. */
export interface Track {
  id: string;
  title: Bilingual;
  /** The step a case on this track begins with. */
  start: string;
}

/**
 * An edge of a flow. The seed keeps only the charts' box and branch labels, not their
 * arrows: 'text' where a sentence of the handbook states that one step follows the other
 * (the quote), 'interpretation' where the edge is reconstructed (the reason says from
 * what). A case departing from a stated edge is invalid; from a reconstructed one, warned.
 */
export interface Transition {
  from: string;
  to: string;
  /** The chart's branch label, verbatim ('通过', '否', '符合条件'), or null for a plain arrow. */
  label: string | null;
  provenance: Exclude<Provenance, 'default'>;
  /** Why the edge is there, for review. */
  reason: string;
  /** For provenance 'text': the sentence that states the succession, verbatim. */
  quote?: string;
}

/** A module's 基本服务流程 as a state machine. */
export interface Flow {
  /** The module's id. */
  id: ModuleId;
  title: Bilingual;
  /** The first track's start (every case of a one-track flow begins there). */
  start: string;
  /** The lives the chart describes; a case follows one, chosen by its first step. */
  tracks: readonly Track[];
  steps: readonly FlowStep[];
  transitions: readonly Transition[];
}

export interface Module {
  id: ModuleId;
  /** 1 … 7, the chapter number. */
  number: number;
  /** The chapter heading, verbatim: '第1章 信息发布'. */
  heading: string;
  title: Bilingual;
  /** The 功能概述 paragraph under the heading, verbatim. */
  overview: string;
  functions: readonly ServiceFunction[];
  modes: readonly ServiceMode[];
  flow: Flow;
}
