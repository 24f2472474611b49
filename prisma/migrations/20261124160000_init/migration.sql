
-- CreateEnum
CREATE TYPE "SkillScheme" AS ENUM ('ONET', 'ONET_TECH', 'ESCO', 'LOCAL');

-- CreateEnum
CREATE TYPE "SkillKind" AS ENUM ('SKILL', 'KNOWLEDGE', 'TECHNOLOGY', 'COMPETENCY', 'LANGUAGE', 'WORK_ACTIVITY');

-- CreateEnum
CREATE TYPE "SkillRelationKind" AS ENUM ('RELATED', 'ESSENTIAL_FOR', 'OPTIONAL_FOR');

-- CreateEnum
CREATE TYPE "OccupationScheme" AS ENUM ('ONET_SOC', 'ESCO', 'ISCO');

-- CreateEnum
CREATE TYPE "MilitaryBranch" AS ENUM ('ARMY', 'NAVY', 'AIR_FORCE', 'MARINE_CORPS', 'COAST_GUARD', 'SPACE_FORCE', 'UNSPECIFIED');

-- CreateEnum
CREATE TYPE "RemotePreference" AS ENUM ('ONSITE', 'HYBRID', 'REMOTE', 'ANY');

-- CreateEnum
CREATE TYPE "VerificationLevel" AS ENUM ('SELF_REPORTED', 'ENDORSED', 'SUPERVISOR_ATTESTED', 'CREDENTIAL_VERIFIED');

-- CreateEnum
CREATE TYPE "EvidenceSource" AS ENUM ('TRAINING', 'EDUCATION', 'EXPERIENCE', 'MILITARY', 'CERTIFICATION', 'ROTATION', 'SELF_ASSESSED');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE', 'PROFESSIONAL', 'CERTIFICATE', 'OTHER');

-- CreateEnum
CREATE TYPE "EndorsementKind" AS ENUM ('ENDORSEMENT', 'SUPERVISOR_ATTESTATION');

-- CreateEnum
CREATE TYPE "ProgramType" AS ENUM ('DETAIL', 'ROTATION', 'GIG', 'TOUR_OF_DUTY', 'FELLOWSHIP');

-- CreateEnum
CREATE TYPE "OpeningStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'FILLED', 'ARCHIVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RemoteMode" AS ENUM ('ONSITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "SecurityClearance" AS ENUM ('NONE', 'PUBLIC_TRUST', 'SECRET', 'TOP_SECRET');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'SHORTLISTED', 'SELECTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SupervisorApproval" AS ENUM ('NOT_REQUIRED', 'PENDING', 'APPROVED', 'DENIED');

-- CreateEnum
CREATE TYPE "RotationStatus" AS ENUM ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "abbreviation" TEXT,
    "name" TEXT NOT NULL,
    "parentId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyRelease" (
    "id" UUID NOT NULL,
    "scheme" "SkillScheme" NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "licence" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "url" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxonomyRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Skill" (
    "id" UUID NOT NULL,
    "scheme" "SkillScheme" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SkillKind" NOT NULL,
    "description" TEXT,
    "altLabels" TEXT[],
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Skill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillHierarchy" (
    "broaderId" UUID NOT NULL,
    "narrowerId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkillHierarchy_pkey" PRIMARY KEY ("broaderId","narrowerId")
);

-- CreateTable
CREATE TABLE "SkillRelation" (
    "fromId" UUID NOT NULL,
    "toId" UUID NOT NULL,
    "kind" "SkillRelationKind" NOT NULL DEFAULT 'RELATED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkillRelation_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "Occupation" (
    "id" UUID NOT NULL,
    "scheme" "OccupationScheme" NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Occupation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OccupationSkill" (
    "occupationId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "importance" DOUBLE PRECISION,
    "level" DOUBLE PRECISION,
    "essential" BOOLEAN,
    "hot" BOOLEAN NOT NULL DEFAULT false,
    "inDemand" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OccupationSkill_pkey" PRIMARY KEY ("occupationId","skillId")
);

-- CreateTable
CREATE TABLE "MilitaryOccupation" (
    "id" UUID NOT NULL,
    "branch" "MilitaryBranch" NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MilitaryOccupation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilitaryCrosswalk" (
    "militaryOccupationId" UUID NOT NULL,
    "occupationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MilitaryCrosswalk_pkey" PRIMARY KEY ("militaryOccupationId","occupationId")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "externalId" TEXT,
    "subject" TEXT,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "headline" TEXT,
    "jobTitle" TEXT,
    "occupationalSeries" TEXT,
    "payPlan" TEXT,
    "grade" INTEGER,
    "location" TEXT,
    "remotePreference" "RemotePreference" NOT NULL DEFAULT 'ANY',
    "discoverable" BOOLEAN NOT NULL DEFAULT false,
    "availablePercent" INTEGER NOT NULL DEFAULT 0,
    "availableFrom" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileSkill" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfileSkill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillEvidence" (
    "id" UUID NOT NULL,
    "profileSkillId" UUID NOT NULL,
    "source" "EvidenceSource" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "issuer" TEXT,
    "credentialId" TEXT,
    "url" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "verifiedAt" TIMESTAMP(3),
    "verifiedBy" TEXT,
    "rotationId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SkillEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Education" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "level" "EducationLevel" NOT NULL,
    "field" TEXT,
    "institution" TEXT,
    "completedYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Education_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" UUID NOT NULL,
    "profileSkillId" UUID NOT NULL,
    "kind" "EndorsementKind" NOT NULL,
    "endorserSubject" TEXT NOT NULL,
    "endorserRole" TEXT NOT NULL,
    "endorserAgencyId" UUID,
    "endorserProfileId" UUID,
    "level" INTEGER,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Endorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opening" (
    "id" UUID NOT NULL,
    "hostAgencyId" UUID NOT NULL,
    "externalId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "programType" "ProgramType" NOT NULL,
    "status" "OpeningStatus" NOT NULL DEFAULT 'DRAFT',
    "commitmentPercent" INTEGER,
    "hoursPerWeek" INTEGER,
    "startDate" DATE NOT NULL,
    "durationWeeks" INTEGER NOT NULL,
    "applicationDeadline" TIMESTAMP(3) NOT NULL,
    "slots" INTEGER NOT NULL DEFAULT 1,
    "location" TEXT,
    "remoteMode" "RemoteMode" NOT NULL DEFAULT 'ONSITE',
    "payPlan" TEXT,
    "gradeMin" INTEGER,
    "gradeMax" INTEGER,
    "occupationalSeries" TEXT,
    "securityClearance" "SecurityClearance" NOT NULL DEFAULT 'NONE',
    "requiresSupervisorApproval" BOOLEAN NOT NULL DEFAULT true,
    "requireAllRequiredSkills" BOOLEAN NOT NULL DEFAULT false,
    "createdBySubject" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningAgency" (
    "openingId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpeningAgency_pkey" PRIMARY KEY ("openingId","agencyId")
);

-- CreateTable
CREATE TABLE "OpeningSkill" (
    "openingId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "minLevel" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpeningSkill_pkey" PRIMARY KEY ("openingId","skillId")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "openingId" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "live" BOOLEAN DEFAULT true,
    "statement" TEXT,
    "supervisorApproval" "SupervisorApproval" NOT NULL DEFAULT 'PENDING',
    "supervisorSubject" TEXT,
    "supervisorReason" TEXT,
    "supervisorDecidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "decidedBySubject" TEXT,
    "decidedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationSkill" (
    "applicationId" UUID NOT NULL,
    "skillId" UUID NOT NULL,

    CONSTRAINT "ApplicationSkill_pkey" PRIMARY KEY ("applicationId","skillId")
);

-- CreateTable
CREATE TABLE "Rotation" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "homeAgencyId" UUID NOT NULL,
    "hostAgencyId" UUID NOT NULL,
    "openingId" UUID,
    "applicationId" UUID,
    "programType" "ProgramType" NOT NULL,
    "status" "RotationStatus" NOT NULL DEFAULT 'PROPOSED',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "commitmentPercent" INTEGER NOT NULL,
    "reimbursable" BOOLEAN NOT NULL DEFAULT false,
    "agreementReference" TEXT,
    "hostSupervisorName" TEXT,
    "hostSupervisorEmail" TEXT,
    "homeApprovedBy" TEXT,
    "homeApprovedAt" TIMESTAMP(3),
    "hostApprovedBy" TEXT,
    "hostApprovedAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationSkill" (
    "rotationId" UUID NOT NULL,
    "skillId" UUID NOT NULL,
    "gained" BOOLEAN NOT NULL,
    "levelBefore" INTEGER,
    "levelAfter" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RotationSkill_pkey" PRIMARY KEY ("rotationId","skillId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorSubject" TEXT NOT NULL,
    "actorRole" TEXT NOT NULL,
    "actorAgencyId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "viewerSubject" TEXT NOT NULL,
    "viewerRole" TEXT NOT NULL,
    "viewerAgencyId" UUID,
    "profileId" UUID NOT NULL,
    "basis" TEXT NOT NULL,
    "fields" TEXT[],
    "requestId" TEXT,

    CONSTRAINT "DisclosureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_abbreviation_key" ON "Agency"("abbreviation");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Agency_name_idx" ON "Agency"("name");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyRelease_scheme_version_key" ON "TaxonomyRelease"("scheme", "version");

-- CreateIndex
CREATE INDEX "Skill_name_idx" ON "Skill"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Skill_scheme_code_key" ON "Skill"("scheme", "code");

-- CreateIndex
CREATE INDEX "SkillHierarchy_narrowerId_idx" ON "SkillHierarchy"("narrowerId");

-- CreateIndex
CREATE INDEX "SkillRelation_toId_idx" ON "SkillRelation"("toId");

-- CreateIndex
CREATE INDEX "Occupation_title_idx" ON "Occupation"("title");

-- CreateIndex
CREATE UNIQUE INDEX "Occupation_scheme_code_key" ON "Occupation"("scheme", "code");

-- CreateIndex
CREATE INDEX "OccupationSkill_skillId_idx" ON "OccupationSkill"("skillId");

-- CreateIndex
CREATE INDEX "MilitaryOccupation_code_idx" ON "MilitaryOccupation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "MilitaryOccupation_branch_code_key" ON "MilitaryOccupation"("branch", "code");

-- CreateIndex
CREATE INDEX "MilitaryCrosswalk_occupationId_idx" ON "MilitaryCrosswalk"("occupationId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_subject_key" ON "Profile"("subject");

-- CreateIndex
CREATE INDEX "Profile_agencyId_idx" ON "Profile"("agencyId");

-- CreateIndex
CREATE INDEX "Profile_discoverable_availablePercent_idx" ON "Profile"("discoverable", "availablePercent");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_agencyId_externalId_key" ON "Profile"("agencyId", "externalId");

-- CreateIndex
CREATE INDEX "ProfileSkill_skillId_level_idx" ON "ProfileSkill"("skillId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileSkill_profileId_skillId_key" ON "ProfileSkill"("profileId", "skillId");

-- CreateIndex
CREATE INDEX "SkillEvidence_profileSkillId_idx" ON "SkillEvidence"("profileSkillId");

-- CreateIndex
CREATE INDEX "SkillEvidence_rotationId_idx" ON "SkillEvidence"("rotationId");

-- CreateIndex
CREATE INDEX "Education_profileId_idx" ON "Education"("profileId");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_profileSkillId_endorserSubject_kind_key" ON "Endorsement"("profileSkillId", "endorserSubject", "kind");

-- CreateIndex
CREATE INDEX "Opening_status_applicationDeadline_idx" ON "Opening"("status", "applicationDeadline");

-- CreateIndex
CREATE INDEX "Opening_hostAgencyId_status_idx" ON "Opening"("hostAgencyId", "status");

-- CreateIndex
CREATE INDEX "Opening_startDate_idx" ON "Opening"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Opening_hostAgencyId_externalId_key" ON "Opening"("hostAgencyId", "externalId");

-- CreateIndex
CREATE INDEX "OpeningAgency_agencyId_idx" ON "OpeningAgency"("agencyId");

-- CreateIndex
CREATE INDEX "OpeningSkill_skillId_idx" ON "OpeningSkill"("skillId");

-- CreateIndex
CREATE INDEX "Application_profileId_idx" ON "Application"("profileId");

-- CreateIndex
CREATE INDEX "Application_openingId_status_idx" ON "Application"("openingId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_openingId_profileId_live_key" ON "Application"("openingId", "profileId", "live");

-- CreateIndex
CREATE UNIQUE INDEX "Rotation_applicationId_key" ON "Rotation"("applicationId");

-- CreateIndex
CREATE INDEX "Rotation_profileId_startDate_idx" ON "Rotation"("profileId", "startDate");

-- CreateIndex
CREATE INDEX "Rotation_homeAgencyId_status_idx" ON "Rotation"("homeAgencyId", "status");

-- CreateIndex
CREATE INDEX "Rotation_hostAgencyId_status_idx" ON "Rotation"("hostAgencyId", "status");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorSubject_idx" ON "AuditEvent"("actorSubject");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "DisclosureEvent_profileId_at_idx" ON "DisclosureEvent"("profileId", "at");

-- CreateIndex
CREATE INDEX "DisclosureEvent_viewerSubject_idx" ON "DisclosureEvent"("viewerSubject");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillHierarchy" ADD CONSTRAINT "SkillHierarchy_broaderId_fkey" FOREIGN KEY ("broaderId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillHierarchy" ADD CONSTRAINT "SkillHierarchy_narrowerId_fkey" FOREIGN KEY ("narrowerId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillRelation" ADD CONSTRAINT "SkillRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillRelation" ADD CONSTRAINT "SkillRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationSkill" ADD CONSTRAINT "OccupationSkill_occupationId_fkey" FOREIGN KEY ("occupationId") REFERENCES "Occupation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OccupationSkill" ADD CONSTRAINT "OccupationSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilitaryCrosswalk" ADD CONSTRAINT "MilitaryCrosswalk_militaryOccupationId_fkey" FOREIGN KEY ("militaryOccupationId") REFERENCES "MilitaryOccupation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilitaryCrosswalk" ADD CONSTRAINT "MilitaryCrosswalk_occupationId_fkey" FOREIGN KEY ("occupationId") REFERENCES "Occupation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSkill" ADD CONSTRAINT "ProfileSkill_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileSkill" ADD CONSTRAINT "ProfileSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillEvidence" ADD CONSTRAINT "SkillEvidence_profileSkillId_fkey" FOREIGN KEY ("profileSkillId") REFERENCES "ProfileSkill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillEvidence" ADD CONSTRAINT "SkillEvidence_rotationId_fkey" FOREIGN KEY ("rotationId") REFERENCES "Rotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Education" ADD CONSTRAINT "Education_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_profileSkillId_fkey" FOREIGN KEY ("profileSkillId") REFERENCES "ProfileSkill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_endorserProfileId_fkey" FOREIGN KEY ("endorserProfileId") REFERENCES "Profile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_hostAgencyId_fkey" FOREIGN KEY ("hostAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningAgency" ADD CONSTRAINT "OpeningAgency_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "Opening"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningAgency" ADD CONSTRAINT "OpeningAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningSkill" ADD CONSTRAINT "OpeningSkill_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "Opening"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningSkill" ADD CONSTRAINT "OpeningSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "Opening"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSkill" ADD CONSTRAINT "ApplicationSkill_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationSkill" ADD CONSTRAINT "ApplicationSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_homeAgencyId_fkey" FOREIGN KEY ("homeAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_hostAgencyId_fkey" FOREIGN KEY ("hostAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "Opening"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rotation" ADD CONSTRAINT "Rotation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSkill" ADD CONSTRAINT "RotationSkill_rotationId_fkey" FOREIGN KEY ("rotationId") REFERENCES "Rotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationSkill" ADD CONSTRAINT "RotationSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureEvent" ADD CONSTRAINT "DisclosureEvent_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Append-only logs (not expressible in the Prisma schema): refuse UPDATE, DELETE and TRUNCATE.
CREATE FUNCTION "forbid_log_mutation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "forbid_log_mutation"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_log_mutation"();
CREATE TRIGGER "DisclosureEvent_append_only" BEFORE UPDATE OR DELETE ON "DisclosureEvent"
  FOR EACH ROW EXECUTE FUNCTION "forbid_log_mutation"();
CREATE TRIGGER "DisclosureEvent_no_truncate" BEFORE TRUNCATE ON "DisclosureEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_log_mutation"();
