/** The hiring manager's documents: my agency's openings, the opening form, candidates and applicants. */
import { graphql } from '../../gql/index.js';

export const ManagerOpeningsQuery = graphql(`
  query WebManagerOpenings($agency: String!, $first: Int, $after: String, $last: Int, $before: String) {
    openings(
      first: $first
      after: $after
      last: $last
      before: $before
      filter: { hostAgencies: [$agency], statuses: [DRAFT, OPEN, CLOSED, FILLED] }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        title
        status
        programType
        startDate
        applicationDeadline
        slots
        slotsFilled
        viewerCanManage
        applications(first: 1) {
          totalCount
        }
        shortlisted: applications(first: 1, status: [SHORTLISTED]) {
          totalCount
        }
      }
    }
  }
`);

export const OpeningFormQuery = graphql(`
  query WebManagerOpeningForm($id: ID!) {
    node(id: $id) {
      __typename
      ... on Opening {
        id
        title
        description
        programType
        status
        commitmentPercent
        startDate
        durationWeeks
        applicationDeadline
        slots
        location
        remoteMode
        requiresSupervisorApproval
        viewerCanManage
        skills {
          required
          minLevel
          weight
          skill {
            id
            name
          }
        }
      }
    }
  }
`);

export const SuggestedSkillsQuery = graphql(`
  query WebSuggestedOpeningSkills($occupation: OccupationRef!) {
    suggestedOpeningSkills(occupation: $occupation) {
      minLevel
      required
      weight
      reason
      skill {
        id
        name
      }
    }
  }
`);

export const CreateOpeningMutation = graphql(`
  mutation WebCreateOpening($input: CreateOpeningInput!) {
    createOpening(input: $input) {
      __typename
      ... on CreateOpeningPayload {
        opening {
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

export const UpdateOpeningMutation = graphql(`
  mutation WebUpdateOpening($input: UpdateOpeningInput!) {
    updateOpening(input: $input) {
      __typename
      ... on UpdateOpeningPayload {
        opening {
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

export const OpenOpeningMutation = graphql(`
  mutation WebOpenOpening($input: OpenOpeningInput!) {
    openOpening(input: $input) {
      __typename
      ... on OpenOpeningPayload {
        opening {
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

export const CloseOpeningMutation = graphql(`
  mutation WebCloseOpening($input: CloseOpeningInput!) {
    closeOpening(input: $input) {
      __typename
      ... on CloseOpeningPayload {
        opening {
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

export const CancelOpeningMutation = graphql(`
  mutation WebCancelOpening($input: CancelOpeningInput!) {
    cancelOpening(input: $input) {
      __typename
      ... on CancelOpeningPayload {
        opening {
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

export const CandidatesQuery = graphql(`
  query WebOpeningCandidates($id: ID!, $pool: CandidatePool, $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      __typename
      ... on Opening {
        id
        title
        status
        matches(first: $first, after: $after, last: $last, before: $before, filter: { candidates: $pool }) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          nodes {
            score
            coverage
            candidate {
              id
              givenName
              familyName
              jobTitle
              headline
              visibility
              email
              agency {
                name
                abbreviation
              }
            }
            explanation {
              ...WebExplanation
            }
          }
        }
      }
    }
  }
`);

export const ApplicantsQuery = graphql(`
  query WebOpeningApplicants($id: ID!) {
    node(id: $id) {
      __typename
      ... on Opening {
        id
        title
        status
        slots
        slotsFilled
        requiresSupervisorApproval
        applications(first: 100) {
          totalCount
          nodes {
            id
            status
            submittedAt
            statement
            supervisorApproval
            supervisorReason
            decisionReason
            highlightedSkills {
              id
              name
            }
            applicant {
              id
              givenName
              familyName
              jobTitle
              agency {
                name
                abbreviation
              }
            }
          }
        }
      }
    }
  }
`);

export const ShortlistMutation = graphql(`
  mutation WebShortlistApplication($input: ShortlistApplicationInput!) {
    shortlistApplication(input: $input) {
      __typename
      ... on ShortlistApplicationPayload {
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

export const DeclineMutation = graphql(`
  mutation WebDeclineApplication($input: DeclineApplicationInput!) {
    declineApplication(input: $input) {
      __typename
      ... on DeclineApplicationPayload {
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

export const SelectMutation = graphql(`
  mutation WebSelectApplication($input: SelectApplicationInput!) {
    selectApplication(input: $input) {
      __typename
      ... on SelectApplicationPayload {
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

export const ManagerOpeningEvents = graphql(`
  subscription WebManagerOpeningEvents($opening: ID) {
    marketplaceEvents(opening: $opening) {
      kind
      occurredAt
      application {
        id
        status
      }
    }
  }
`);
