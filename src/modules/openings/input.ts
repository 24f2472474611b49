/**
 * The one model of an opening's input: every field's rule, whether the column may be empty, and
 * how it appears to clients. createOpening/updateOpening's GraphQL inputs, the bulk sync's items
 * and the seed loader are all derived from OPENING_FIELDS, so a new column of Opening is one
 * entry here (plus the migration, the object type's field and an operation).
 */
import {
  type OccupationScheme,
  ProgramType as PrismaProgramType,
  RemoteMode as PrismaRemoteMode,
  SecurityClearance as PrismaSecurityClearance,
} from '@prisma/client';
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

interface FieldSpec<S extends z.ZodType = z.ZodType> {
  schema: S;
  /**
   * 'create': required on create, never empty; 'default': never empty, has a default (null on an
   * edit means "leave as is"); absent: nullable (null clears it).
   */
  notNull?: 'create' | 'default';
  /** Dates without time are `Date` in GraphQL, the rest `DateTime`. */
  day?: boolean;
  description?: string;
}
const field = <S extends z.ZodType, const O extends Omit<FieldSpec<S>, 'schema'> = Record<never, never>>(schema: S, spec?: O) =>
  ({ schema, ...spec }) as { schema: S } & O;

/** Columns of Opening that clients write one to one (the commitment pair is among them). */
export const OPENING_FIELDS = {
  title: field(text(200), { notNull: 'create' }),
  description: field(text(10_000), { notNull: 'create' }),
  programType: field(z.enum(PrismaProgramType), { notNull: 'create' }),
  commitmentPercent: field(z.number().int().min(1).max(100), {
    description: 'Share of working time, 1–100. Give this or hoursPerWeek.',
  }),
  hoursPerWeek: field(z.number().int().min(1).max(40), {
    description: 'Hours per week, 1–40. Give this or commitmentPercent.',
  }),
  startDate: field(z.date(), { notNull: 'create', day: true }),
  durationWeeks: field(z.number().int().min(1).max(156), { notNull: 'create' }),
  applicationDeadline: field(z.date(), { notNull: 'create' }),
  slots: field(z.number().int().min(1).max(1000), { notNull: 'default' }),
  location: field(text(200)),
  remoteMode: field(z.enum(PrismaRemoteMode), { notNull: 'default' }),
  payPlan: field(z.string().regex(/^[A-Z]{2}$/, 'a two-letter pay plan, e.g. GS')),
  gradeMin: field(z.number().int().min(1).max(15)),
  gradeMax: field(z.number().int().min(1).max(15)),
  occupationalSeries: field(z.string().regex(/^\d{4}$/, 'a four-digit OPM series, e.g. 2210')),
  securityClearance: field(z.enum(PrismaSecurityClearance), { notNull: 'default' }),
  requiresSupervisorApproval: field(z.boolean(), { notNull: 'default' }),
  requireAllRequiredSkills: field(z.boolean(), { notNull: 'default' }),
} satisfies Record<string, FieldSpec>;

export type OpeningFieldName = keyof typeof OPENING_FIELDS;
export const OPENING_FIELD_NAMES = Object.keys(OPENING_FIELDS) as OpeningFieldName[];
/** Column values as a command carries them (null: clear, or keep for not-null columns). */
export type OpeningFieldValues = { [K in OpeningFieldName]?: z.infer<(typeof OPENING_FIELDS)[K]['schema']> | null };

type RequiredOnCreate = {
  [K in OpeningFieldName]: (typeof OPENING_FIELDS)[K] extends { notNull: 'create' } ? K : never;
}[OpeningFieldName];
/** Column values of a new opening: the required ones present. */
export type OpeningCreateValues = OpeningFieldValues & {
  [K in RequiredOnCreate]-?: NonNullable<OpeningFieldValues[K]>;
};

/** Not-null columns: on an edit, null means "leave as is". */
export const NOT_NULL_FIELDS: ReadonlySet<OpeningFieldName> = new Set(
  OPENING_FIELD_NAMES.filter((k) => (OPENING_FIELDS[k] as FieldSpec).notNull),
);
/** Required when an opening is created. */
export const REQUIRED_ON_CREATE: ReadonlySet<OpeningFieldName> = new Set(
  OPENING_FIELD_NAMES.filter((k) => (OPENING_FIELDS[k] as FieldSpec).notNull === 'create'),
);
export const fieldSpec = (k: OpeningFieldName): FieldSpec => OPENING_FIELDS[k];

/** A deadline a client sets must be in the future (bulk: only when new or changed). */
export const futureDeadline = z.date().refine((d) => d > new Date(), 'must be in the future');

export const MAX_OPENING_SKILLS = 40;
export const MAX_RESTRICTED_AGENCIES = 50;

/** Rules of an opening skill's numbers (GraphQL and bulk alike). */
export const OpeningSkillRules = {
  minLevel: z.number().int().min(1, 'minLevel must be 1–5').max(5, 'minLevel must be 1–5'),
  weight: z.number().gt(0, 'weight must be above 0').max(10),
};
export const skillsRule = z.array(z.any()).max(MAX_OPENING_SKILLS, `at most ${MAX_OPENING_SKILLS} skills`);
export const restrictedToRule = z.array(z.string().max(20)).max(MAX_RESTRICTED_AGENCIES);
export const externalIdRule = z.string().trim().min(1).max(64);

/** Exactly one commitment on create; at most one on an edit. */
export const oneCommitment = (create: boolean) =>
  z
    .object({ commitmentPercent: z.number().nullish(), hoursPerWeek: z.number().nullish() })
    .passthrough()
    .refine(
      (i) =>
        create
          ? (i.commitmentPercent == null) !== (i.hoursPerWeek == null)
          : i.commitmentPercent == null || i.hoursPerWeek == null,
      {
        message: create
          ? 'give the commitment either as commitmentPercent or as hoursPerWeek'
          : 'give commitmentPercent or hoursPerWeek, not both',
        path: ['commitmentPercent'],
      },
    );

/**
 * The model as one zod object of column values: required-on-create fields as given, the rest
 * optional and nullable. Bulk items extend it; the seed loader parses its records with it.
 */
export function openingColumnsModel() {
  const shape = Object.fromEntries(
    OPENING_FIELD_NAMES.map((k) => {
      const s = OPENING_FIELDS[k].schema as z.ZodType;
      return [k, REQUIRED_ON_CREATE.has(k) ? s : s.nullish()];
    }),
  );
  return z.object(shape as Record<OpeningFieldName, z.ZodType>);
}

/** A skill as commands take it: by ID. */
export interface SkillArg {
  skill: { id: string };
  minLevel: number;
  weight?: number | null;
  required?: boolean | null;
}

/** createOpening's command. */
export type CreateOpeningCommand = OpeningFieldValues & {
  externalId?: string | null;
  skills?: SkillArg[] | null;
  restrictedTo?: string[] | null;
  fromOccupation?: { scheme: OccupationScheme; code: string } | null;
};

/** updateOpening's command without the reference: omitted = left as is. */
export type OpeningEdit = OpeningFieldValues & { skills?: SkillArg[] | null; restrictedTo?: string[] | null };
