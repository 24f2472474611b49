/** The enums of an opening, apart so the input derivation (./opening-input.ts) and the type share them. */
import {
  OpeningStatus as PrismaOpeningStatus,
  ProgramType as PrismaProgramType,
  RemoteMode as PrismaRemoteMode,
  SecurityClearance as PrismaSecurityClearance,
} from '@prisma/client';
import { builder } from './builder.js';

export const ProgramType = builder.enumType(PrismaProgramType, {
  name: 'ProgramType',
  description: 'DETAIL and TOUR_OF_DUTY are service at another agency: the host agency’s own staff cannot apply.',
});
export const OpeningStatus = builder.enumType(PrismaOpeningStatus, { name: 'OpeningStatus' });
export const RemoteMode = builder.enumType(PrismaRemoteMode, { name: 'RemoteMode' });
export const SecurityClearance = builder.enumType(PrismaSecurityClearance, { name: 'SecurityClearance' });

/** Input enums by their sorted values (how a zod enum of the input model finds its GraphQL type). */
export const ENUM_BY_VALUES = new Map<string, unknown>(
  (
    [
      [PrismaProgramType, ProgramType],
      [PrismaRemoteMode, RemoteMode],
      [PrismaSecurityClearance, SecurityClearance],
    ] as const
  ).map(([values, ref]) => [JSON.stringify(Object.values(values).sort()), ref]),
);
