/** Skills from the taxonomies (O*NET, ESCO, local), with hierarchy, relations and search. */
import {
  Prisma,
  SkillKind as PrismaSkillKind,
  SkillScheme as PrismaSkillScheme,
  type Skill as PrismaSkill,
} from '@prisma/client';
import { z } from 'zod';
import { escapeLike, normalizeForSearch, searchWords } from '../modules/openings/search-text.js';
import { builder } from './builder.js';
import { offsetConnection, nonEmpty } from './common.js';

export const SkillScheme = builder.enumType(PrismaSkillScheme, { name: 'SkillScheme' });
export const SkillKind = builder.enumType(PrismaSkillKind, { name: 'SkillKind' });

export const Skill = builder.prismaNode('Skill', {
  description: 'A skill concept from a taxonomy (O*NET, ESCO) or defined locally.',
  id: { field: 'id' },
  nullable: true,
  authScopes: { public: true },
  fields: (t) => ({
    scheme: t.expose('scheme', { type: SkillScheme }),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: SkillKind }),
    description: t.exposeString('description', { nullable: true }),
    altLabels: t.exposeStringList('altLabels'),
  }),
});

const SkillFilter = builder.inputType('SkillFilter', {
  fields: (t) => ({
    search: t.string({
      description: 'Words that must each start a word of the name or an alternative label.',
      validate: z.string().max(200),
    }),
    schemes: t.field({ type: [SkillScheme] }),
    kinds: t.field({ type: [SkillKind] }),
  }),
});

export const SkillConnection = builder.connectionObject({ type: Skill, name: 'SkillConnection' }, { name: 'SkillEdge' });

const NOT_EQUIVALENT = { kind: { not: 'EQUIVALENT' as const } };

interface Equivalent {
  skill: PrismaSkill;
  strength: number;
  provenance: string | null;
}

export const SkillEquivalent = builder.objectRef<Equivalent>('SkillEquivalent').implement({
  description: 'A skill of the other taxonomy (O*NET ↔ ESCO) found equivalent by the skill bridge (`npm run import -- bridge`).',
  fields: (t) => ({
    skill: t.field({ type: Skill, resolve: (e) => e.skill }),
    strength: t.float({ description: 'How close the two skills are, in (0, 1].', resolve: (e) => e.strength }),
    provenance: t.string({
      nullable: true,
      description:
        'How the link was derived: method version and its figures, e.g. `bridge/1 text=0.71 cooc=0.41 twins=41/92/100 of 4308`.',
      resolve: (e) => e.provenance,
    }),
  }),
});

/**
 * A nested selection that Prisma accepts: without `skill` in the query (`equivalents { strength }`)
 * the plugin's selection is empty, which Prisma refuses ("at least one truthy value").
 */
function nonEmptySelection<T>(selection: T): T {
  const inner = typeof selection === 'object' && selection !== null ? (selection as { select?: object }).select : undefined;
  // The plugin types the selection as the full model; the row is only ever read for what was selected.
  return inner !== undefined && Object.keys(inner).length === 0 ? ({ select: { id: true } } as T) : selection;
}

// Declared after Skill: fields of type Skill inside its own definition would make its type circular.
builder.prismaObjectFields(Skill, (t) => ({
  // nestedSelection: the linked skills load with what the query selects under them (their own
  // broader/related links too); plain `broader: true` left those out (found by fuzzing).
  broader: t.field({
    type: [Skill],
    description: 'Broader skills (parents in the hierarchy).',
    select: (_args, _ctx, nestedSelection) => ({
      broaderLinks: { select: { broader: nestedSelection(true) }, orderBy: { broader: { name: 'asc' } } },
    }),
    resolve: (skill) => skill.broaderLinks.map((l) => l.broader),
  }),
  related: t.field({
    type: [Skill],
    description:
      "Related skills (non-hierarchical links within a taxonomy, read both ways); the other taxonomy's equivalents are in `equivalents`.",
    select: (_args, _ctx, nestedSelection) => ({
      relatedFrom: { where: NOT_EQUIVALENT, select: { to: nestedSelection(true) } },
      relatedTo: { where: NOT_EQUIVALENT, select: { from: nestedSelection(true) } },
    }),
    resolve: (skill) =>
      [...skill.relatedFrom.map((r) => r.to), ...skill.relatedTo.map((r) => r.from)].sort((a, b) => a.name.localeCompare(b.name)),
  }),
  // Loaded with the skill by the Prisma plugin (one query per level, no N+1), both ends of the
  // stored relation: O*NET skills hold it as `from`, ESCO skills as `to`.
  equivalents: t.field({
    type: [SkillEquivalent],
    description: 'Skills of the other taxonomy found equivalent (O*NET ↔ ESCO skill bridge), strongest first.',
    select: (_args, _ctx, nestedSelection) => ({
      relatedFrom: {
        where: { kind: 'EQUIVALENT' as const },
        select: { strength: true, provenance: true, to: nonEmptySelection(nestedSelection(true, ['skill'], 'Skill')) },
      },
      relatedTo: {
        where: { kind: 'EQUIVALENT' as const },
        select: { strength: true, provenance: true, from: nonEmptySelection(nestedSelection(true, ['skill'], 'Skill')) },
      },
    }),
    resolve: (skill) =>
      [
        ...skill.relatedFrom.map((r) => ({ skill: r.to, strength: r.strength ?? 0, provenance: r.provenance })),
        ...skill.relatedTo.map((r) => ({ skill: r.from, strength: r.strength ?? 0, provenance: r.provenance })),
      ].sort((a, b) => b.strength - a.strength || a.skill.id.localeCompare(b.skill.id)),
  }),
}));

// Declared after SkillConnection: the two refer to each other.
builder.objectField(Skill, 'narrower', (t) =>
  t.field({
    type: SkillConnection,
    description: 'Narrower skills (children in the hierarchy), by name.',
    args: { ...t.arg.connectionArgs() },
    resolve: (skill, args, ctx) => {
      const where = { broaderLinks: { some: { broaderId: skill.id } } };
      return offsetConnection(
        args,
        ({ limit, offset }) =>
          ctx.prisma.skill.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: limit, skip: offset }),
        () => ctx.prisma.skill.count({ where }),
      );
    },
  }),
);

builder.queryFields((t) => ({
  skills: t.field({
    type: SkillConnection,
    description: 'Skills, ranked by relevance when searching, otherwise by name.',
    authScopes: { public: true },
    skipTypeScopes: true,
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: SkillFilter }) },
    resolve: (_root, args, ctx) => {
      const where = skillWhere(args.filter ?? {});
      return offsetConnection(
        args,
        async ({ limit, offset }) => {
          const ids = await rankedSkillIds(ctx.prisma, where, args.filter?.search ?? '', limit, offset);
          const rows = await ctx.prisma.skill.findMany({ where: { id: { in: ids } } });
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.flatMap((id) => byId.get(id) ?? []);
        },
        () => countSkills(ctx.prisma, where),
      );
    },
  }),
  skill: t.prismaField({
    type: 'Skill',
    nullable: true,
    description: 'A skill by scheme and code, e.g. ONET "2.B.3.e".',
    authScopes: { public: true },
    skipTypeScopes: true,
    args: {
      scheme: t.arg({ type: SkillScheme, required: true }),
      code: t.arg.string({ required: true, validate: z.string().min(1).max(300) }),
    },
    resolve: (query, _root, { scheme, code }, ctx) =>
      ctx.prisma.skill.findUnique({ ...nonEmpty(query), where: { scheme_code: { scheme, code } } }),
  }),
}));

interface SkillWhere {
  words: string[];
  schemes: PrismaSkillScheme[] | null;
  kinds: PrismaSkillKind[] | null;
}

function skillWhere(filter: {
  search?: string | null;
  schemes?: PrismaSkillScheme[] | null;
  kinds?: PrismaSkillKind[] | null;
}): SkillWhere {
  return {
    words: searchWords(filter.search ?? ''),
    schemes: filter.schemes?.length ? filter.schemes : null,
    kinds: filter.kinds?.length ? filter.kinds : null,
  };
}

function whereSql(w: SkillWhere): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (w.schemes) parts.push(Prisma.sql`"scheme"::text = ANY(${w.schemes}::text[])`);
  if (w.kinds) parts.push(Prisma.sql`"kind"::text = ANY(${w.kinds}::text[])`);
  for (const word of w.words) parts.push(Prisma.sql`"searchText" LIKE ${`% ${escapeLike(word)}%`}`);
  return Prisma.join(parts, ' AND ');
}

async function countSkills(prisma: Prisma.TransactionClient, w: SkillWhere): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Skill" WHERE ${whereSql(w)}`;
  return Number(row?.n ?? 0);
}

async function rankedSkillIds(prisma: Prisma.TransactionClient, w: SkillWhere, search: string, limit: number, offset: number) {
  const q = normalizeForSearch(search).trim();
  // The name is the first '|'-separated part of searchText; matches there rank above label matches.
  const rank = q
    ? Prisma.sql`CASE
        WHEN split_part("searchText", '|', 1) = ${` ${q} `} THEN 0
        WHEN split_part("searchText", '|', 1) LIKE ${` ${escapeLike(q)}%`} THEN 1
        WHEN split_part("searchText", '|', 1) LIKE ${`% ${escapeLike(w.words[0] ?? q)}%`} THEN 2
        ELSE 3 END`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Skill" WHERE ${whereSql(w)}
    ORDER BY ${q ? Prisma.sql`${rank}, length("name"),` : Prisma.empty} "name", "id"
    LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}
