/** Pure rules of applications (lifecycle, approval, selection): src/domain/applications.ts, one import path per module. */
export * from '../../domain/applications.js';
