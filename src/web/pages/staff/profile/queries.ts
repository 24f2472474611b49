/** My profile's documents. */
import { graphql } from '../../../gql/index.js';

export const MyProfileQuery = graphql(`
  query WebMyProfile {
    viewer {
      name
      agency {
        name
      }
      profile {
        id
        givenName
        familyName
        headline
        jobTitle
        availablePercent
        availableFrom
        discoverable
        remotePreference
        skills {
          id
          level
          verification
          endorsementCount
          skill {
            id
            name
            scheme
          }
          evidence {
            id
            source
            title
            issuer
            endDate
          }
        }
        education {
          id
          level
          field
          institution
          completedYear
        }
      }
    }
  }
`);

export const AddSkillMutation = graphql(`
  mutation WebAddMySkill($input: AddMySkillInput!) {
    addMySkill(input: $input) {
      __typename
      ... on AddMySkillPayload {
        profileSkill {
          id
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

export const UpdateSkillMutation = graphql(`
  mutation WebUpdateMySkill($input: UpdateMySkillInput!) {
    updateMySkill(input: $input) {
      __typename
      ... on UpdateMySkillPayload {
        profileSkill {
          id
          level
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

export const RemoveSkillMutation = graphql(`
  mutation WebRemoveMySkill($input: RemoveMySkillInput!) {
    removeMySkill(input: $input) {
      __typename
      ... on RemoveMySkillPayload {
        profile {
          id
        }
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation WebUpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      __typename
      ... on UpdateMyProfilePayload {
        profile {
          id
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

export const CreateProfileMutation = graphql(`
  mutation WebCreateMyProfile($input: CreateMyProfileInput!) {
    createMyProfile(input: $input) {
      __typename
      ... on CreateMyProfilePayload {
        profile {
          id
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

export const ProposalsQuery = graphql(`
  query WebSkillProposals($source: SkillProposalSource!) {
    skillProposals(source: $source) {
      description
      occupations {
        code
        title
      }
      proposals {
        level
        reason
        currentLevel
        skill {
          id
          name
        }
      }
    }
  }
`);

export const AcceptProposalsMutation = graphql(`
  mutation WebAcceptSkillProposals($input: AcceptSkillProposalsInput!) {
    acceptSkillProposals(input: $input) {
      __typename
      ... on AcceptSkillProposalsPayload {
        profile {
          id
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
