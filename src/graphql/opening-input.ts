/**
 * GraphQL input fields of an opening, derived from the one input model
 * (src/modules/openings/input.ts): each field's GraphQL type comes from its zod type (string,
 * int, float, boolean, Date/DateTime, enum), its rule is its validation, and "required" is the
 * model's. A new column in the model appears here with no edit.
 */
import type { z } from 'zod';
import {
  OPENING_FIELD_NAMES,
  OpeningSkillRules,
  REQUIRED_ON_CREATE,
  fieldSpec,
  futureDeadline,
  restrictedToRule,
  skillsRule,
} from '../modules/openings/input.js';
import { builder } from './builder.js';
import { ENUM_BY_VALUES } from './opening-enums.js';
import { Skill } from './skill.js';

type T = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

/** The schema under optional/nullable/default wrappers. */
function base(schema: z.ZodType): z.ZodType {
  let s = schema as unknown as { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } };
  while (s.def.innerType || (s.def.type === 'pipe' && s.def.in)) s = (s.def.innerType ?? s.def.in) as never;
  return s as unknown as z.ZodType;
}

function inputField(
  t: T,
  schema: z.ZodType,
  opts: { required: boolean; validate?: z.ZodType; description?: string; day?: boolean },
) {
  const s = base(schema) as unknown as { def: { type: string }; format?: string; options?: string[] };
  const common = { required: opts.required, validate: opts.validate as never, description: opts.description };
  switch (s.def.type) {
    case 'string':
      return t.string(common);
    case 'number':
      return s.format === 'safeint' ? t.int(common) : t.float(common);
    case 'boolean':
      return t.boolean(common);
    case 'date':
      return t.field({ type: opts.day ? 'Date' : 'DateTime', ...common });
    case 'enum': {
      const ref = ENUM_BY_VALUES.get(JSON.stringify([...s.options!].sort()));
      if (!ref) throw new Error(`No GraphQL enum for ${s.options!.join(', ')}`);
      return t.field({ type: ref as never, ...common });
    }
    default:
      throw new Error(`No GraphQL input for a zod ${s.def.type}`);
  }
}

export const OpeningSkillInput = builder.inputType('OpeningSkillInput', {
  fields: (t) => ({
    skill: t.globalID({ for: Skill, required: true }),
    minLevel: t.int({ required: true, validate: OpeningSkillRules.minLevel }),
    weight: t.float({ defaultValue: 1, validate: OpeningSkillRules.weight }),
    required: t.boolean({ defaultValue: false }),
  }),
});

/**
 * The model's fields, for create (required ones required), update, and the bulk sync. With
 * `validate: false` the caller checks the model itself (the bulk sync, per item).
 */
export function openingInputFields(t: T, create: boolean, { validate = true, skills = true } = {}) {
  const v = (rule: z.ZodType) => (validate ? rule : undefined);
  // Field types vary per column: the resolvers read the input as the model's command type.
  const fields: Record<string, ReturnType<T['string']>> = {};
  for (const k of OPENING_FIELD_NAMES) {
    const spec = fieldSpec(k);
    const rule = k === 'applicationDeadline' ? futureDeadline : spec.schema;
    fields[k] = inputField(t, spec.schema as z.ZodType, {
      required: create && REQUIRED_ON_CREATE.has(k),
      validate: v(rule),
      description: spec.description,
      day: spec.day,
    }) as never;
  }
  fields.restrictedTo = t.stringList({
    description: 'Agency codes or abbreviations whose staff may apply; empty or omitted: open to all.',
    validate: v(restrictedToRule) as never,
  }) as never;
  if (skills) {
    fields.skills = t.field({
      type: [OpeningSkillInput],
      description: create ? 'Required and desired skills.' : 'Replaces the whole list when given.',
      validate: v(skillsRule) as never,
    }) as never;
  }
  return fields;
}
