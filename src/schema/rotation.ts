/**
 * Rotations as created by selection in the marketplace (status PROPOSED). Visible to the
 * person, home-agency HR and the host agency's managers (src/domain/rotations.ts).
 */
import { RotationStatus as PrismaRotationStatus } from '@prisma/client';
import { canSeeRotation } from '../domain/rotations.js';
import { builder } from './builder.js';
import { ProgramType } from './opening.js';

export const RotationStatus = builder.enumType(PrismaRotationStatus, { name: 'RotationStatus' });

export const Rotation = builder.prismaNode('Rotation', {
  id: { field: 'id' },
  nullable: true,
  description: 'A person working for a host agency away from their home agency.',
  select: { homeAgencyId: true, hostAgencyId: true, profile: { select: { subject: true } } },
  authScopes: (r, ctx) =>
    canSeeRotation(ctx.viewer, { personSubject: r.profile.subject, homeAgencyId: r.homeAgencyId, hostAgencyId: r.hostAgencyId }),
  fields: (t) => ({
    status: t.expose('status', { type: RotationStatus }),
    programType: t.expose('programType', { type: ProgramType }),
    person: t.relation('profile', { description: 'The person on rotation.' }),
    homeAgency: t.relation('homeAgency'),
    hostAgency: t.relation('hostAgency'),
    opening: t.relation('opening', { nullable: true, description: 'The opening it came from, if any.' }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date' }),
    commitmentPercent: t.exposeInt('commitmentPercent'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
