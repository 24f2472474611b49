/** HR's documents: rotations out and in, their actions and history; mobility figures; people. */
import { graphql } from '../../gql/index.js';

export const RotationFields = graphql(`
  fragment WebHrRotation on Rotation {
    id
    status
    personName
    programType
    startDate
    endDate
    endedOn
    commitmentPercent
    homeApprovedAt
    homeApprovedBy
    hostApprovedAt
    hostApprovedBy
    cancelReason
    completionNote
    viewerActions
    homeAgency {
      name
      abbreviation
    }
    hostAgency {
      name
      abbreviation
    }
    opening {
      id
      title
      skills {
        required
        minLevel
        skill {
          id
          name
        }
      }
    }
    person {
      id
      skills {
        level
        skill {
          id
          name
        }
      }
    }
    skills {
      gained
      levelBefore
      levelAfter
      skill {
        id
        name
      }
    }
    history {
      action
      actorSubject
      actorRoles
      at
      before
      after
    }
  }
`);

export const AgencyRotationsQuery = graphql(`
  query WebAgencyRotations(
    $direction: RotationDirection!
    $statuses: [RotationStatus!]
    $endingWithinDays: Int
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    agencyRotations(
      direction: $direction
      statuses: $statuses
      endingWithinDays: $endingWithinDays
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...WebHrRotation
      }
    }
  }
`);

export const ApproveRotationMutation = graphql(`
  mutation WebApproveRotation($input: ApproveRotationInput!) {
    approveRotation(input: $input) {
      __typename
      ... on ApproveRotationPayload {
        rotation {
          id
          status
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const CompleteRotationMutation = graphql(`
  mutation WebCompleteRotation($input: CompleteRotationInput!) {
    completeRotation(input: $input) {
      __typename
      ... on CompleteRotationPayload {
        rotation {
          id
          status
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const ExtendRotationMutation = graphql(`
  mutation WebExtendRotation($input: ExtendRotationInput!) {
    extendRotation(input: $input) {
      __typename
      ... on ExtendRotationPayload {
        rotation {
          id
          endDate
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const CancelRotationMutation = graphql(`
  mutation WebCancelRotation($input: CancelRotationInput!) {
    cancelRotation(input: $input) {
      __typename
      ... on CancelRotationPayload {
        rotation {
          id
          status
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const MobilityQuery = graphql(`
  query WebMobilityFigures($from: Date!, $to: Date!) {
    mobilityFigures(from: $from, to: $to) {
      from
      to
      agency {
        name
        abbreviation
      }
      personMonths
      averageDurationDays
      completionRate
      completed
      cancelled
      rotationsInService
      flows {
        count
        personMonths
        from {
          name
          abbreviation
        }
        to {
          name
          abbreviation
        }
      }
      topSkillsGained {
        count
        skill {
          id
          name
        }
      }
      skillSupplyDemand {
        minLevel
        openOpenings
        discoverablePeopleAtLevel
        skill {
          id
          name
        }
      }
    }
  }
`);

export const MobilityCsvQuery = graphql(`
  query WebMobilityCsv($from: Date!, $to: Date!) {
    mobilityFiguresCsv(from: $from, to: $to)
  }
`);

export const PersonQuery = graphql(`
  query WebHrPerson($agency: String!, $externalId: String!) {
    profile(agency: $agency, externalId: $externalId) {
      id
      givenName
      familyName
      externalId
      jobTitle
      headline
      email
      grade
      payPlan
      occupationalSeries
      location
      agency {
        name
        abbreviation
      }
      skills {
        id
        level
        verification
        endorsementCount
        skill {
          id
          name
        }
      }
    }
  }
`);

export const AttestSkillMutation = graphql(`
  mutation WebAttestSkill($input: EndorseSkillInput!) {
    attestSkill(input: $input) {
      __typename
      ... on AttestSkillPayload {
        profileSkill {
          id
          level
          verification
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);
