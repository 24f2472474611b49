/** The profile mutations' GraphQL inputs and their field rules (the person's own edits, HR's upsert, the bulk sync). */
import { z } from 'zod';
import { builder } from './builder.js';
import { EducationLevel, EvidenceSource, ProfileSkill, RemotePreference } from './profile.js';
import { Skill } from './skill.js';

const text = (max: number) => z.string().trim().min(1).max(max);
export const level = z.number().int().min(1, 'level must be 1–5').max(5, 'level must be 1–5');

export const EvidenceInput = builder.inputType('EvidenceInput', {
  fields: (t) => ({
    source: t.field({ type: EvidenceSource, required: true }),
    title: t.string({ required: true, validate: text(200) }),
    description: t.string({ validate: z.string().max(2000) }),
    issuer: t.string({ validate: text(200) }),
    credentialId: t.string({ validate: text(100) }),
    url: t.string({
      validate: z
        .string()
        .url()
        .max(500)
        .refine((u) => /^https?:/i.test(u), 'must be an http(s) URL'),
    }),
    startDate: t.field({ type: 'Date' }),
    endDate: t.field({ type: 'Date' }),
  }),
  validate: z
    .object({ startDate: z.date().nullish(), endDate: z.date().nullish() })
    .passthrough()
    .refine((e) => !e.startDate || !e.endDate || e.startDate <= e.endDate, {
      message: 'endDate is before startDate',
      path: ['endDate'],
    }),
});

export const ProfileFieldsInput = {
  headline: text(200),
  jobTitle: text(200),
  email: z.string().trim().email().max(254),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+()\-. x]{7,30}$/, 'not a phone number'),
  location: text(200),
  occupationalSeries: z.string().regex(/^\d{4}$/, 'a four-digit OPM series, e.g. 2210'),
  payPlan: z.string().regex(/^[A-Z]{2}$/, 'a two-letter pay plan, e.g. GS'),
  grade: z.number().int().min(1).max(15),
  availablePercent: z.number().int().min(0).max(100),
};

export const UpdateMyProfileInput = builder.inputType('UpdateMyProfileInput', {
  description: 'Fields to change; omitted fields stay as they are, null clears an optional field.',
  fields: (t) => ({
    givenName: t.string({ validate: text(100) }),
    familyName: t.string({ validate: text(100) }),
    headline: t.string({ validate: ProfileFieldsInput.headline }),
    jobTitle: t.string({ validate: ProfileFieldsInput.jobTitle }),
    email: t.string({ validate: ProfileFieldsInput.email }),
    phone: t.string({ validate: ProfileFieldsInput.phone }),
    location: t.string({ validate: ProfileFieldsInput.location }),
    remotePreference: t.field({ type: RemotePreference }),
    discoverable: t.boolean(),
    availablePercent: t.int({ validate: ProfileFieldsInput.availablePercent }),
    availableFrom: t.field({ type: 'Date' }),
  }),
});

/** Rules of a person's fields, shared with the bulk sync (src/graphql/bulk.ts). */
export const PersonFieldRules = {
  externalId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only'),
  subject: text(200),
  givenName: text(100),
  familyName: text(100),
  email: ProfileFieldsInput.email,
  phone: ProfileFieldsInput.phone,
  jobTitle: ProfileFieldsInput.jobTitle,
  location: ProfileFieldsInput.location,
  occupationalSeries: ProfileFieldsInput.occupationalSeries,
  payPlan: ProfileFieldsInput.payPlan,
  grade: ProfileFieldsInput.grade,
  supervisorSubject: text(200),
};

/**
 * A person's fields, for upsertProfile and the bulk sync. With `validate` false the caller checks
 * PersonFieldRules itself (the bulk sync, per item).
 */
export function personFields(t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0], validate = true) {
  const v = <S>(rule: S) => (validate ? rule : undefined);
  return {
    externalId: t.string({
      required: true,
      description: 'Employee ID in your HR system: the key, unique in your agency.',
      validate: v(PersonFieldRules.externalId),
    }),
    subject: t.string({
      description: 'Identity-provider subject, to link the person’s logins.',
      validate: v(PersonFieldRules.subject),
    }),
    givenName: t.string({ required: true, validate: v(PersonFieldRules.givenName) }),
    familyName: t.string({ required: true, validate: v(PersonFieldRules.familyName) }),
    email: t.string({ validate: v(PersonFieldRules.email) }),
    phone: t.string({ validate: v(PersonFieldRules.phone) }),
    jobTitle: t.string({ validate: v(PersonFieldRules.jobTitle) }),
    location: t.string({ validate: v(PersonFieldRules.location) }),
    occupationalSeries: t.string({ validate: v(PersonFieldRules.occupationalSeries) }),
    payPlan: t.string({ validate: v(PersonFieldRules.payPlan) }),
    grade: t.int({ validate: v(PersonFieldRules.grade) }),
    supervisorSubject: t.string({
      description: 'Identity-provider subject of the home supervisor, who approves rotation applications.',
      validate: v(PersonFieldRules.supervisorSubject),
    }),
  };
}

export const UpsertProfileInput = builder.inputType('UpsertProfileInput', {
  description:
    'A person as the home agency HR system knows them; matched by employee ID. Omitted fields stay as they are; null clears an optional one.',
  fields: (t) => personFields(t),
});

export const AddMySkillInput = builder.inputType('AddMySkillInput', {
  fields: (t) => ({
    skill: t.globalID({ for: Skill, required: true }),
    level: t.int({ required: true, validate: level }),
    evidence: t.field({
      type: [EvidenceInput],
      required: true,
      validate: z.array(z.any()).min(1, 'at least one evidence entry').max(20),
    }),
  }),
});

export const UpdateMySkillInput = builder.inputType('UpdateMySkillInput', {
  fields: (t) => ({
    profileSkill: t.globalID({ for: ProfileSkill, required: true }),
    level: t.int({ required: true, validate: level }),
    evidence: t.field({ type: [EvidenceInput], description: 'Evidence to add.', validate: z.array(z.any()).max(20) }),
  }),
});

export const RemoveMySkillInput = builder.inputType('RemoveMySkillInput', {
  fields: (t) => ({ profileSkill: t.globalID({ for: ProfileSkill, required: true }) }),
});

export const AddMyEducationInput = builder.inputType('AddMyEducationInput', {
  fields: (t) => ({
    level: t.field({ type: EducationLevel, required: true }),
    field: t.string({ validate: text(200) }),
    institution: t.string({ validate: text(200) }),
    completedYear: t.int({ validate: z.number().int().min(1940).max(2100) }),
  }),
});

export const CreateMyProfileInput = builder.inputType('CreateMyProfileInput', {
  fields: (f) => ({
    givenName: f.string({ required: true, validate: text(100) }),
    familyName: f.string({ required: true, validate: text(100) }),
    email: f.string({ validate: ProfileFieldsInput.email }),
    headline: f.string({ validate: ProfileFieldsInput.headline }),
    jobTitle: f.string({ validate: ProfileFieldsInput.jobTitle }),
  }),
});
