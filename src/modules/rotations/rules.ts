/** The rotation rules and transition table (pure): src/domain/rotations.ts, read through the module. */
export * from '../../domain/rotations.js';
