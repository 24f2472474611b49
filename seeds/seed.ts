/**
 * Loads the hand-written demo data (./data) into a database. Idempotent: records are matched by
 * natural keys (agency code, skill scheme+code, employee ID, opening external ID) and existing
 * ones are left as they are, so running it twice changes nothing. Dates are relative to the
 * day it runs, so a fresh demo has openings that are open.
 */
import type { Prisma, PrismaClient } from '@prisma/client';
import { normalizeForSearch, skillSearchText } from '../src/modules/openings/search-text.js';
import { agencies } from './data/agencies.js';
import { applications, supervisors } from './data/applications.js';
import { militaryOccupations, occupations } from './data/military.js';
import { openings } from './data/openings.js';
import { people } from './data/people.js';
import { skills } from './data/skills.js';

const DAY = 86_400_000;

export const SEED_TAXONOMIES = [
  {
    scheme: 'ONET' as const,
    version: '29.0',
    title: 'O*NET 29.0 Database (demo subset)',
    licence: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/database.html',
    attribution:
      'This product includes information from the O*NET 29.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Talent Marketplace has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  },
  {
    scheme: 'ESCO' as const,
    version: '1.1.1',
    title: 'ESCO v1.1.1 (demo subset)',
    licence: 'European Commission reuse policy (Decision 2011/833/EU)',
    url: 'https://esco.ec.europa.eu/',
    attribution: 'This service uses the ESCO classification of the European Commission.',
  },
];

export interface SeedCounts {
  agencies: number;
  skills: number;
  profiles: number;
  openings: number;
  [k: string]: number;
}

export async function seedDemo(prisma: PrismaClient, now = new Date()): Promise<SeedCounts> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = (n: number) => new Date(today + n * DAY);

  return prisma.$transaction(
    async (tx) => {
      for (const t of SEED_TAXONOMIES) {
        await tx.taxonomyRelease.upsert({
          where: { scheme_version: { scheme: t.scheme, version: t.version } },
          update: {},
          create: t,
        });
      }

      const agencyIds = new Map<string, string>();
      // Parents before children: top-level agencies have no parentCode.
      for (const a of [...agencies].sort((x, y) => Number(!!x.parentCode) - Number(!!y.parentCode))) {
        const row = await tx.agency.upsert({
          where: { code: a.code },
          update: {},
          create: {
            code: a.code,
            abbreviation: a.abbreviation,
            name: a.name,
            parentId: a.parentCode ? agencyIds.get(`code:${a.parentCode}`) : null,
          },
        });
        agencyIds.set(`code:${a.code}`, row.id);
        agencyIds.set(a.abbreviation, row.id);
      }
      const agencyId = (abbr: string) => {
        const id = agencyIds.get(abbr);
        if (!id) throw new Error(`seed: unknown agency ${abbr}`);
        return id;
      };

      const skillIds = new Map<string, string>();
      for (const s of skills) {
        const row = await tx.skill.upsert({
          where: { scheme_code: { scheme: s.scheme, code: s.code } },
          update: {},
          create: {
            scheme: s.scheme,
            code: s.code,
            name: s.name,
            kind: s.kind,
            description: s.description ?? null,
            altLabels: s.altLabels ?? [],
            searchText: skillSearchText(s.name, s.altLabels ?? []),
          },
          select: { id: true },
        });
        skillIds.set(s.key, row.id);
      }
      const skillId = (key: string) => {
        const id = skillIds.get(key);
        if (!id) throw new Error(`seed: unknown skill ${key}`);
        return id;
      };
      await tx.skillHierarchy.createMany({
        data: skills.flatMap((s) => (s.broader ?? []).map((b) => ({ broaderId: skillId(b), narrowerId: skillId(s.key) }))),
        skipDuplicates: true,
      });
      await tx.skillRelation.createMany({
        data: skills.flatMap((s) =>
          (s.related ?? []).map((r) => ({ fromId: skillId(s.key), toId: skillId(r), kind: 'RELATED' as const })),
        ),
        skipDuplicates: true,
      });

      // O*NET occupations with their ratings, and military codes crosswalked to them (MilGears import).
      const occupationIds = new Map<string, string>();
      for (const o of occupations) {
        const row = await tx.occupation.upsert({
          where: { scheme_code: { scheme: 'ONET_SOC', code: o.code } },
          update: {},
          create: { scheme: 'ONET_SOC', code: o.code, title: o.title },
          select: { id: true },
        });
        occupationIds.set(o.code, row.id);
        await tx.occupationSkill.createMany({
          data: o.ratings.map((r) => ({
            occupationId: row.id,
            skillId: skillId(r.skill),
            importance: r.importance ?? null,
            level: r.level ?? null,
            hot: r.hot ?? false,
            inDemand: r.inDemand ?? false,
          })),
          skipDuplicates: true,
        });
      }
      for (const m of militaryOccupations) {
        const row = await tx.militaryOccupation.upsert({
          where: { branch_code: { branch: m.branch, code: m.code } },
          update: {},
          create: { branch: m.branch, code: m.code, title: m.title },
          select: { id: true },
        });
        await tx.militaryCrosswalk.createMany({
          data: m.occupations.map((code) => {
            const occupationId = occupationIds.get(code);
            if (!occupationId) throw new Error(`seed: unknown occupation ${code}`);
            return { militaryOccupationId: row.id, occupationId };
          }),
          skipDuplicates: true,
        });
      }

      let createdProfiles = 0;
      for (const p of people) {
        const home = agencyId(p.agency);
        const existing = await tx.profile.findUnique({
          where: { agencyId_externalId: { agencyId: home, externalId: p.externalId } },
        });
        if (existing) continue;
        createdProfiles += 1;
        await tx.profile.create({
          data: {
            agencyId: home,
            externalId: p.externalId,
            // Lets `npm run token -- --subject nasa-204611` act as this person in the demo.
            subject: p.externalId.toLowerCase(),
            supervisorSubject: supervisors[p.externalId]?.toLowerCase() ?? null,
            givenName: p.givenName,
            familyName: p.familyName,
            email: p.email,
            phone: p.phone ?? null,
            headline: p.headline,
            jobTitle: p.jobTitle,
            occupationalSeries: p.occupationalSeries,
            payPlan: p.payPlan,
            grade: p.grade,
            location: p.location,
            remotePreference: p.remotePreference,
            discoverable: p.discoverable,
            availablePercent: p.availablePercent,
            skills: {
              create: p.skills.map((ps) => ({
                skillId: skillId(ps.skill),
                level: ps.level,
                evidence: {
                  create: ps.evidence.map((e) => ({
                    source: e.source,
                    title: e.title,
                    issuer: e.issuer ?? null,
                    credentialId: e.credentialId ?? null,
                    url: e.url ?? null,
                    endDate: days(-e.daysAgo),
                  })),
                },
              })),
            },
            education: {
              create: p.education.map((e) => ({
                level: e.level,
                field: e.field,
                institution: e.institution,
                completedYear: e.completedYear,
              })),
            },
          },
        });
      }

      let createdOpenings = 0;
      for (const [i, o] of openings.entries()) {
        const host = agencyId(o.hostAgency);
        const externalId = `seed:${o.key}`;
        const existing = await tx.opening.findUnique({ where: { hostAgencyId_externalId: { hostAgencyId: host, externalId } } });
        if (existing) continue;
        createdOpenings += 1;
        const data: Prisma.OpeningUncheckedCreateInput = {
          hostAgencyId: host,
          externalId,
          title: o.title,
          description: o.description,
          programType: o.programType,
          status: o.status,
          commitmentPercent: o.commitmentPercent,
          startDate: days(o.startInDays),
          durationWeeks: o.durationWeeks,
          applicationDeadline: new Date(today + o.deadlineInDays * DAY + (DAY - 1000)),
          slots: o.slots,
          location: o.location ?? null,
          remoteMode: o.remoteMode,
          payPlan: o.payPlan ?? null,
          gradeMin: o.gradeMin ?? null,
          gradeMax: o.gradeMax ?? null,
          occupationalSeries: o.occupationalSeries ?? null,
          securityClearance: o.securityClearance ?? 'NONE',
          requiresSupervisorApproval: o.requiresSupervisorApproval,
          createdBySubject: 'seed',
          publishedAt: o.status === 'OPEN' ? days(-3) : null,
          // Staggered by an hour each so "newest" has a visible order.
          listedAt: new Date(today - 3 * DAY + i * 3_600_000),
          searchText: normalizeForSearch(`${o.title} ${o.description}`),
          skills: {
            create: o.skills.map((s) => ({
              skillId: skillId(s.skill),
              minLevel: s.minLevel,
              weight: s.weight,
              required: s.required,
            })),
          },
          restrictedTo: { create: (o.restrictedTo ?? []).map((a) => ({ agencyId: agencyId(a) })) },
        };
        await tx.opening.create({ data });
      }

      let createdApplications = 0;
      for (const a of applications) {
        const person = people.find((p) => p.externalId === a.person)!;
        const profile = await tx.profile.findUniqueOrThrow({
          where: { agencyId_externalId: { agencyId: agencyId(person.agency), externalId: person.externalId } },
        });
        const host = openings.find((o) => o.key === a.opening)!.hostAgency;
        const opening = await tx.opening.findUniqueOrThrow({
          where: { hostAgencyId_externalId: { hostAgencyId: agencyId(host), externalId: `seed:${a.opening}` } },
        });
        if (await tx.application.findFirst({ where: { openingId: opening.id, profileId: profile.id } })) continue;
        createdApplications += 1;
        await tx.application.create({
          data: {
            openingId: opening.id,
            profileId: profile.id,
            statement: a.statement,
            status: a.status,
            supervisorApproval: a.supervisorApproval,
          },
        });
      }

      return {
        agencies: agencies.length,
        skills: skills.length,
        profiles: people.length,
        openings: openings.length,
        applications: applications.length,
        occupations: occupations.length,
        militaryOccupations: militaryOccupations.length,
        createdProfiles,
        createdOpenings,
        createdApplications,
      };
    },
    // A first seed on PGlite writes a few thousand rows in one transaction.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
