/** The rotation commands' inputs: field rules (zod, used by the GraphQL inputs) and command shapes. */
import type { ProgramType } from '@prisma/client';
import { z } from 'zod';

export const text = (max: number) => z.string().trim().min(1).max(max);

export const RotationFieldRules = {
  hostAgency: z.string().trim().min(1).max(20),
  commitmentPercent: z.number().int().min(1).max(100),
  agreementReference: text(100),
  hostSupervisorName: text(200),
  hostSupervisorEmail: z.string().trim().email().max(254),
  hostSupervisorSubject: text(200),
  reason: text(2000),
  note: text(2000),
  levelAfter: z.number().int().min(1, 'level must be 1–5').max(5, 'level must be 1–5'),
  attested: z.array(z.any()).min(1, 'attest at least one skill').max(30, 'at most 30 skills'),
  endingWithinDays: z.number().int().min(0).max(3660),
};

/** Agreement, reimbursement and supervisor: omitted stays, null clears an optional one. */
export interface RotationDetails {
  reimbursable?: boolean | null;
  agreementReference?: string | null;
  hostSupervisorName?: string | null;
  hostSupervisorEmail?: string | null;
  hostSupervisorSubject?: string | null;
}

export interface CreateRotationCommand extends RotationDetails {
  personId: string;
  hostAgency: string;
  programType: ProgramType;
  startDate: Date;
  endDate: Date;
  commitmentPercent: number;
}

export interface UpdateRotationCommand extends RotationDetails {
  startDate?: Date | null;
  endDate?: Date | null;
  commitmentPercent?: number | null;
}

export interface CompleteRotationCommand {
  skills: { skillId: string; levelAfter: number; gained: boolean }[];
  endedOn?: Date | null;
  note?: string | null;
}

/** Keeps only the fields the client gave (null included: it clears an optional field). */
export function given<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
