/**
 * Voluntary self-identification: readable and writable by the person only, through `viewer` and
 * one mutation. No other type leads here (tests/api/impact.test.ts walks the schema), and the
 * match index never reads the table; HR sees it only as the aggregates of the impact report.
 */
import type { SelfIdentification as SelfIdRow } from '@prisma/client';
import { z } from 'zod';
import { mayTouchSelfIdentification } from '../modules/privacy/policy.js';
import { DISABILITY_VALUES, RACE_ETHNICITY_VALUES, selfIdRefusal, SEX_VALUES, VETERAN_VALUES } from '../modules/impact/rules.js';
import { mySelfIdentification, setMySelfIdentification } from '../modules/impact/service.js';
import { builder } from './builder.js';
import { ForbiddenError, ValidationError } from './errors/classes.js';
import { Viewer } from './viewer.js';

const declined = { DECLINED_TO_ANSWER: { description: 'I choose not to answer.' } };

export const SelfIdSex = builder.enumType('SelfIdSex', {
  values: { FEMALE: {}, MALE: {}, ...declined } satisfies Record<(typeof SEX_VALUES)[number], object>,
});
export const RaceEthnicity = builder.enumType('RaceEthnicity', {
  description: 'Race and ethnicity categories (OMB SPD 15, 2024); choose all that apply.',
  values: {
    AMERICAN_INDIAN_OR_ALASKA_NATIVE: {},
    ASIAN: {},
    BLACK_OR_AFRICAN_AMERICAN: {},
    HISPANIC_OR_LATINO: {},
    MIDDLE_EASTERN_OR_NORTH_AFRICAN: {},
    NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER: {},
    WHITE: {},
    ...declined,
  } satisfies Record<(typeof RACE_ETHNICITY_VALUES)[number], object>,
});
export const DisabilityStatus = builder.enumType('DisabilityStatus', {
  description: 'As form SF-256 asks.',
  values: { HAS_DISABILITY: {}, NO_DISABILITY: {}, ...declined } satisfies Record<(typeof DISABILITY_VALUES)[number], object>,
});
export const VeteranStatus = builder.enumType('VeteranStatus', {
  values: { VETERAN: {}, NOT_VETERAN: {}, ...declined } satisfies Record<(typeof VETERAN_VALUES)[number], object>,
});

const SelfIdentification = builder.objectRef<SelfIdRow>('SelfIdentification').implement({
  description:
    'Your voluntary self-identification. Only you can read or change it; it never enters ranking and is reported only as aggregates with small groups suppressed. Unset means not answered.',
  fields: (t) => ({
    sex: t.field({ type: SelfIdSex, nullable: true, resolve: (s) => s.sex }),
    raceEthnicity: t.field({ type: [RaceEthnicity], description: 'Empty: not answered.', resolve: (s) => s.raceEthnicity }),
    disability: t.field({ type: DisabilityStatus, nullable: true, resolve: (s) => s.disability }),
    veteran: t.field({ type: VeteranStatus, nullable: true, resolve: (s) => s.veteran }),
    updatedAt: t.field({ type: 'DateTime', resolve: (s) => s.updatedAt }),
  }),
});

builder.objectField(Viewer, 'selfIdentification', (t) =>
  t.field({
    type: SelfIdentification,
    nullable: true,
    description: 'Your own voluntary self-identification (null until you answer). Nobody else can read it.',
    resolve: (v, _a, ctx) => (mayTouchSelfIdentification(v) ? mySelfIdentification(ctx.prisma, v) : null),
  }),
);

const UpdateMySelfIdentificationInput = builder.inputType('UpdateMySelfIdentificationInput', {
  description: 'Omitted fields stay as they are; null clears an answer (back to not answered).',
  fields: (t) => ({
    sex: t.field({ type: SelfIdSex }),
    raceEthnicity: t.field({ type: [RaceEthnicity], description: 'All that apply, or only DECLINED_TO_ANSWER.' }),
    disability: t.field({ type: DisabilityStatus }),
    veteran: t.field({ type: VeteranStatus }),
  }),
  validate: z
    .object({ raceEthnicity: z.array(z.string()).nullish() })
    .passthrough()
    .superRefine((i, ctx) => {
      const refusal = i.raceEthnicity ? selfIdRefusal({ raceEthnicity: i.raceEthnicity }) : null;
      if (refusal) ctx.addIssue({ code: 'custom', path: [refusal.path], message: refusal.message });
    }),
});

builder.mutationField('updateMySelfIdentification', (t) =>
  t.field({
    type: SelfIdentification,
    description: 'Records your voluntary self-identification (people only; every answer may be "I choose not to answer").',
    authScopes: (_r, _a, ctx) => mayTouchSelfIdentification(ctx.viewer),
    errors: {
      types: [ValidationError, ForbiddenError],
      directResult: false,
      union: { name: 'UpdateMySelfIdentificationResult' },
      result: { name: 'UpdateMySelfIdentificationPayload' },
      dataField: { name: 'selfIdentification' },
    },
    args: { input: t.arg({ type: UpdateMySelfIdentificationInput, required: true }) },
    resolve: (_r, { input }, ctx) => setMySelfIdentification(ctx.prisma, ctx, input),
  }),
);
