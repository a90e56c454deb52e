// The types of bench-peers.mjs, for its test (the module is JavaScript: the benchmark runs it as it is).
import type { Engine, EngineResult } from 'json-rules-engine';

/** The library's namespaces the peers read their parameters from (dist/ or src/). */
export interface PeerLibrary {
  national: object;
  tianjin: object;
  pingdingshan: object;
  taiyuan: object;
}

export interface Peer {
  /** The criteria applied by hand to the raw JSON: whether the check's verdict is 'eligible'. */
  floor(input: unknown, asOf: string): boolean;
  /** json-rules-engine with the compound conditions, deriving its facts; run it with { application, asOf }. */
  engine(): Engine;
  /** The facts the 'precomputed' setup computes outside the timing. */
  derived: string[];
}

export type PeerKey =
  | 'tianjin studio'
  | 'national studio'
  | 'pingdingshan studio'
  | 'pingdingshan mentor'
  | 'taiyuan expert';

export declare const ELIGIBLE: 'eligible';
export declare function saysEligible(result: EngineResult): boolean;
export declare function anniversary(date: string, years: number): string;
export declare function peers(lib: PeerLibrary): Record<PeerKey, Peer>;
/** The 'precomputed' setup for one application: its derived facts computed once; returns the run. */
export declare function precomputed(
  peer: Peer,
  application: unknown,
  asOf: string,
): Promise<() => Promise<EngineResult>>;
