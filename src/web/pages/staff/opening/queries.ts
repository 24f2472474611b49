/** The Opening page's documents. */
import { graphql } from '../../../gql/index.js';

export const OpeningQuery = graphql(`
  query WebOpening($id: ID!) {
    node(id: $id) {
      __typename
      ... on Opening {
        id
        title
        description
        programType
        status
        hostAgency {
          name
          abbreviation
        }
        commitmentPercent
        hoursPerWeek
        startDate
        endDate
        durationWeeks
        applicationDeadline
        slots
        slotsFilled
        location
        remoteMode
        payPlan
        gradeMin
        gradeMax
        occupationalSeries
        securityClearance
        requiresSupervisorApproval
        restrictedTo {
          name
          abbreviation
        }
        skills {
          required
          minLevel
          weight
          skill {
            id
            name
          }
        }
        viewerEligibility {
          allowed
          reason
        }
      }
    }
    viewer {
      profile {
        id
        skills {
          id
          level
          skill {
            id
            name
          }
        }
      }
      applications(first: 100) {
        nodes {
          id
          status
          submittedAt
          supervisorApproval
          opening {
            id
          }
        }
      }
    }
  }
`);

/** Why I fit: the opening's entry among my recommendations (only openings I may apply to). */
export const MyFitQuery = graphql(`
  query WebMyFit {
    viewer {
      recommendedOpenings(first: 50) {
        nodes {
          opening {
            id
          }
          score
          explanation {
            ...WebExplanation
          }
        }
      }
    }
  }
`);

export const ApplyMutation = graphql(`
  mutation WebApplyToOpening($input: ApplyToOpeningInput!) {
    applyToOpening(input: $input) {
      __typename
      ... on ApplyToOpeningPayload {
        application {
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

export const WithdrawMutation = graphql(`
  mutation WebWithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      __typename
      ... on WithdrawApplicationPayload {
        application {
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

export const OpeningEvents = graphql(`
  subscription WebOpeningEvents($opening: ID) {
    marketplaceEvents(opening: $opening) {
      kind
      occurredAt
      opening {
        id
        status
      }
      application {
        id
        status
        supervisorApproval
      }
    }
  }
`);
