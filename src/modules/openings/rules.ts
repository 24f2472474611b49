/** Pure rules of openings (lifecycle, visibility, eligibility): src/domain/openings.ts, one import path per module. */
export * from '../../domain/openings.js';
