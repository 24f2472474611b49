/* eslint-disable */
import * as types from './graphql.js';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment WebExplanation on MatchExplanation {\n    score\n    coverage\n    requiredMet\n    requiredTotal\n    focus\n    profileSkillCount\n    relatedSkillCount\n    algorithmVersion\n    skills {\n      skill {\n        id\n        name\n      }\n      required\n      minLevel\n      match\n      matchedSkill {\n        id\n        name\n      }\n      candidateLevel\n      trustedLevel\n      trust\n      met\n      credit\n      contribution\n    }\n  }\n': typeof types.WebExplanationFragmentDoc;
  '\n  query WebSkillSuggestions($search: String!) {\n    skills(first: 8, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        scheme\n        kind\n      }\n    }\n  }\n': typeof types.WebSkillSuggestionsDocument;
  '\n  query WebManagerViewer {\n    viewer {\n      subject\n      roles\n      agency {\n        code\n        name\n        abbreviation\n      }\n    }\n  }\n': typeof types.WebManagerViewerDocument;
  '\n  fragment WebHrRotation on Rotation {\n    id\n    status\n    personName\n    programType\n    startDate\n    endDate\n    endedOn\n    commitmentPercent\n    homeApprovedAt\n    homeApprovedBy\n    hostApprovedAt\n    hostApprovedBy\n    cancelReason\n    completionNote\n    viewerActions\n    homeAgency {\n      name\n      abbreviation\n    }\n    hostAgency {\n      name\n      abbreviation\n    }\n    opening {\n      id\n      title\n      skills {\n        required\n        minLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n    person {\n      id\n      skills {\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n    skills {\n      gained\n      levelBefore\n      levelAfter\n      skill {\n        id\n        name\n      }\n    }\n    history {\n      action\n      actorSubject\n      actorRoles\n      at\n      before\n      after\n    }\n  }\n': typeof types.WebHrRotationFragmentDoc;
  '\n  query WebAgencyRotations(\n    $direction: RotationDirection!\n    $statuses: [RotationStatus!]\n    $endingWithinDays: Int\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    agencyRotations(\n      direction: $direction\n      statuses: $statuses\n      endingWithinDays: $endingWithinDays\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...WebHrRotation\n      }\n    }\n  }\n': typeof types.WebAgencyRotationsDocument;
  '\n  mutation WebApproveRotation($input: ApproveRotationInput!) {\n    approveRotation(input: $input) {\n      __typename\n      ... on ApproveRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebApproveRotationDocument;
  '\n  mutation WebCompleteRotation($input: CompleteRotationInput!) {\n    completeRotation(input: $input) {\n      __typename\n      ... on CompleteRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebCompleteRotationDocument;
  '\n  mutation WebExtendRotation($input: ExtendRotationInput!) {\n    extendRotation(input: $input) {\n      __typename\n      ... on ExtendRotationPayload {\n        rotation {\n          id\n          endDate\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebExtendRotationDocument;
  '\n  mutation WebCancelRotation($input: CancelRotationInput!) {\n    cancelRotation(input: $input) {\n      __typename\n      ... on CancelRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebCancelRotationDocument;
  '\n  query WebMobilityFigures($from: Date!, $to: Date!) {\n    mobilityFigures(from: $from, to: $to) {\n      from\n      to\n      agency {\n        name\n        abbreviation\n      }\n      personMonths\n      averageDurationDays\n      completionRate\n      completed\n      cancelled\n      rotationsInService\n      flows {\n        count\n        personMonths\n        from {\n          name\n          abbreviation\n        }\n        to {\n          name\n          abbreviation\n        }\n      }\n      topSkillsGained {\n        count\n        skill {\n          id\n          name\n        }\n      }\n      skillSupplyDemand {\n        minLevel\n        openOpenings\n        discoverablePeopleAtLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.WebMobilityFiguresDocument;
  '\n  query WebMobilityCsv($from: Date!, $to: Date!) {\n    mobilityFiguresCsv(from: $from, to: $to)\n  }\n': typeof types.WebMobilityCsvDocument;
  '\n  query WebHrPerson($agency: String!, $externalId: String!) {\n    profile(agency: $agency, externalId: $externalId) {\n      id\n      givenName\n      familyName\n      externalId\n      jobTitle\n      headline\n      email\n      grade\n      payPlan\n      occupationalSeries\n      location\n      agency {\n        name\n        abbreviation\n      }\n      skills {\n        id\n        level\n        verification\n        endorsementCount\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.WebHrPersonDocument;
  '\n  mutation WebAttestSkill($input: EndorseSkillInput!) {\n    attestSkill(input: $input) {\n      __typename\n      ... on AttestSkillPayload {\n        profileSkill {\n          id\n          level\n          verification\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebAttestSkillDocument;
  '\n  query WebManagerOpenings($agency: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    openings(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: { hostAgencies: [$agency], statuses: [DRAFT, OPEN, CLOSED, FILLED] }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        programType\n        startDate\n        applicationDeadline\n        slots\n        slotsFilled\n        viewerCanManage\n        applications(first: 1) {\n          totalCount\n        }\n        shortlisted: applications(first: 1, status: [SHORTLISTED]) {\n          totalCount\n        }\n      }\n    }\n  }\n': typeof types.WebManagerOpeningsDocument;
  '\n  query WebManagerOpeningForm($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        description\n        programType\n        status\n        commitmentPercent\n        startDate\n        durationWeeks\n        applicationDeadline\n        slots\n        location\n        remoteMode\n        requiresSupervisorApproval\n        viewerCanManage\n        skills {\n          required\n          minLevel\n          weight\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebManagerOpeningFormDocument;
  '\n  query WebSuggestedOpeningSkills($occupation: OccupationRef!) {\n    suggestedOpeningSkills(occupation: $occupation) {\n      minLevel\n      required\n      weight\n      reason\n      skill {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WebSuggestedOpeningSkillsDocument;
  '\n  mutation WebCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      __typename\n      ... on CreateOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebCreateOpeningDocument;
  '\n  mutation WebUpdateOpening($input: UpdateOpeningInput!) {\n    updateOpening(input: $input) {\n      __typename\n      ... on UpdateOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebUpdateOpeningDocument;
  '\n  mutation WebOpenOpening($input: OpenOpeningInput!) {\n    openOpening(input: $input) {\n      __typename\n      ... on OpenOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebOpenOpeningDocument;
  '\n  mutation WebCloseOpening($input: CloseOpeningInput!) {\n    closeOpening(input: $input) {\n      __typename\n      ... on CloseOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebCloseOpeningDocument;
  '\n  mutation WebCancelOpening($input: CancelOpeningInput!) {\n    cancelOpening(input: $input) {\n      __typename\n      ... on CancelOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebCancelOpeningDocument;
  '\n  query WebOpeningCandidates($id: ID!, $pool: CandidatePool, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        status\n        matches(first: $first, after: $after, last: $last, before: $before, filter: { candidates: $pool }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          nodes {\n            score\n            coverage\n            candidate {\n              id\n              givenName\n              familyName\n              jobTitle\n              headline\n              visibility\n              email\n              agency {\n                name\n                abbreviation\n              }\n            }\n            explanation {\n              ...WebExplanation\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebOpeningCandidatesDocument;
  '\n  query WebOpeningApplicants($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        status\n        slots\n        slotsFilled\n        requiresSupervisorApproval\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n            status\n            submittedAt\n            statement\n            supervisorApproval\n            supervisorReason\n            decisionReason\n            highlightedSkills {\n              id\n              name\n            }\n            applicant {\n              id\n              givenName\n              familyName\n              jobTitle\n              agency {\n                name\n                abbreviation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebOpeningApplicantsDocument;
  '\n  mutation WebShortlistApplication($input: ShortlistApplicationInput!) {\n    shortlistApplication(input: $input) {\n      __typename\n      ... on ShortlistApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebShortlistApplicationDocument;
  '\n  mutation WebDeclineApplication($input: DeclineApplicationInput!) {\n    declineApplication(input: $input) {\n      __typename\n      ... on DeclineApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebDeclineApplicationDocument;
  '\n  mutation WebSelectApplication($input: SelectApplicationInput!) {\n    selectApplication(input: $input) {\n      __typename\n      ... on SelectApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebSelectApplicationDocument;
  '\n  subscription WebManagerOpeningEvents($opening: ID) {\n    marketplaceEvents(opening: $opening) {\n      kind\n      occurredAt\n      application {\n        id\n        status\n      }\n    }\n  }\n': typeof types.WebManagerOpeningEventsDocument;
  '\n  query WebMyApplications {\n    viewer {\n      applications(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          submittedAt\n          withdrawnAt\n          decidedAt\n          decisionReason\n          supervisorApproval\n          supervisorDecidedAt\n          supervisorReason\n          opening {\n            id\n            title\n            hostAgency {\n              name\n            }\n          }\n          rotation {\n            id\n            status\n          }\n        }\n      }\n      rotations(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          programType\n          startDate\n          endDate\n          endedOn\n          commitmentPercent\n          homeAgency {\n            name\n          }\n          hostAgency {\n            name\n          }\n          opening {\n            id\n            title\n          }\n          homeApprovedAt\n          hostApprovedAt\n          completedAt\n          cancelReason\n          skills {\n            gained\n            levelBefore\n            levelAfter\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebMyApplicationsDocument;
  '\n  query WebApprovalQueue {\n    viewer {\n      approvalRequests(first: 50) {\n        totalCount\n        nodes {\n          id\n          submittedAt\n          statement\n          viewerCanDecideApproval\n          applicant {\n            givenName\n            familyName\n            jobTitle\n          }\n          opening {\n            id\n            title\n            commitmentPercent\n            startDate\n            durationWeeks\n            hostAgency {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebApprovalQueueDocument;
  '\n  mutation WebDecideApproval($input: DecideApplicationApprovalInput!) {\n    decideApplicationApproval(input: $input) {\n      __typename\n      ... on DecideApplicationApprovalPayload {\n        application {\n          id\n          supervisorApproval\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebDecideApprovalDocument;
  '\n  query WebRecommended($first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      profile {\n        id\n      }\n      recommendedOpenings(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        nodes {\n          score\n          opening {\n            id\n            title\n            programType\n            hostAgency {\n              name\n            }\n          }\n          explanation {\n            ...WebExplanation\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebRecommendedDocument;
  '\n  query WebOpening($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        description\n        programType\n        status\n        hostAgency {\n          name\n          abbreviation\n        }\n        commitmentPercent\n        hoursPerWeek\n        startDate\n        endDate\n        durationWeeks\n        applicationDeadline\n        slots\n        slotsFilled\n        location\n        remoteMode\n        payPlan\n        gradeMin\n        gradeMax\n        occupationalSeries\n        securityClearance\n        requiresSupervisorApproval\n        restrictedTo {\n          name\n          abbreviation\n        }\n        skills {\n          required\n          minLevel\n          weight\n          skill {\n            id\n            name\n          }\n        }\n        viewerEligibility {\n          allowed\n          reason\n        }\n      }\n    }\n    viewer {\n      profile {\n        id\n        skills {\n          id\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 100) {\n        nodes {\n          id\n          status\n          submittedAt\n          supervisorApproval\n          opening {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebOpeningDocument;
  '\n  query WebMyFit {\n    viewer {\n      recommendedOpenings(first: 50) {\n        nodes {\n          opening {\n            id\n          }\n          score\n          explanation {\n            ...WebExplanation\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebMyFitDocument;
  '\n  mutation WebApplyToOpening($input: ApplyToOpeningInput!) {\n    applyToOpening(input: $input) {\n      __typename\n      ... on ApplyToOpeningPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebApplyToOpeningDocument;
  '\n  mutation WebWithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      __typename\n      ... on WithdrawApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebWithdrawApplicationDocument;
  '\n  subscription WebOpeningEvents($opening: ID) {\n    marketplaceEvents(opening: $opening) {\n      kind\n      occurredAt\n      opening {\n        id\n        status\n      }\n      application {\n        id\n        status\n        supervisorApproval\n      }\n    }\n  }\n': typeof types.WebOpeningEventsDocument;
  '\n  query WebOpportunities(\n    $filter: OpeningFilter\n    $orderBy: OpeningOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    openings(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        programType\n        status\n        hostAgency {\n          name\n          abbreviation\n        }\n        startDate\n        durationWeeks\n        applicationDeadline\n        commitmentPercent\n        remoteMode\n        location\n      }\n    }\n  }\n': typeof types.WebOpportunitiesDocument;
  '\n  query WebSearchContext($skills: [ID!]!) {\n    agencies(first: 100, orderBy: { field: NAME }) {\n      nodes {\n        code\n        abbreviation\n        name\n      }\n    }\n    nodes(ids: $skills) {\n      __typename\n      ... on Skill {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WebSearchContextDocument;
  '\n  query WebMyProfile {\n    viewer {\n      name\n      agency {\n        name\n      }\n      profile {\n        id\n        givenName\n        familyName\n        headline\n        jobTitle\n        availablePercent\n        availableFrom\n        discoverable\n        remotePreference\n        skills {\n          id\n          level\n          verification\n          endorsementCount\n          skill {\n            id\n            name\n            scheme\n          }\n          evidence {\n            id\n            source\n            title\n            issuer\n            endDate\n          }\n        }\n        education {\n          id\n          level\n          field\n          institution\n          completedYear\n        }\n      }\n    }\n  }\n': typeof types.WebMyProfileDocument;
  '\n  mutation WebAddMySkill($input: AddMySkillInput!) {\n    addMySkill(input: $input) {\n      __typename\n      ... on AddMySkillPayload {\n        profileSkill {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebAddMySkillDocument;
  '\n  mutation WebUpdateMySkill($input: UpdateMySkillInput!) {\n    updateMySkill(input: $input) {\n      __typename\n      ... on UpdateMySkillPayload {\n        profileSkill {\n          id\n          level\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebUpdateMySkillDocument;
  '\n  mutation WebRemoveMySkill($input: RemoveMySkillInput!) {\n    removeMySkill(input: $input) {\n      __typename\n      ... on RemoveMySkillPayload {\n        profile {\n          id\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebRemoveMySkillDocument;
  '\n  mutation WebUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on UpdateMyProfilePayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebUpdateMyProfileDocument;
  '\n  mutation WebCreateMyProfile($input: CreateMyProfileInput!) {\n    createMyProfile(input: $input) {\n      __typename\n      ... on CreateMyProfilePayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebCreateMyProfileDocument;
  '\n  query WebSkillProposals($source: SkillProposalSource!) {\n    skillProposals(source: $source) {\n      description\n      occupations {\n        code\n        title\n      }\n      proposals {\n        level\n        reason\n        currentLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.WebSkillProposalsDocument;
  '\n  mutation WebAcceptSkillProposals($input: AcceptSkillProposalsInput!) {\n    acceptSkillProposals(input: $input) {\n      __typename\n      ... on AcceptSkillProposalsPayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n': typeof types.WebAcceptSkillProposalsDocument;
};
const documents: Documents = {
  '\n  fragment WebExplanation on MatchExplanation {\n    score\n    coverage\n    requiredMet\n    requiredTotal\n    focus\n    profileSkillCount\n    relatedSkillCount\n    algorithmVersion\n    skills {\n      skill {\n        id\n        name\n      }\n      required\n      minLevel\n      match\n      matchedSkill {\n        id\n        name\n      }\n      candidateLevel\n      trustedLevel\n      trust\n      met\n      credit\n      contribution\n    }\n  }\n':
    types.WebExplanationFragmentDoc,
  '\n  query WebSkillSuggestions($search: String!) {\n    skills(first: 8, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        scheme\n        kind\n      }\n    }\n  }\n':
    types.WebSkillSuggestionsDocument,
  '\n  query WebManagerViewer {\n    viewer {\n      subject\n      roles\n      agency {\n        code\n        name\n        abbreviation\n      }\n    }\n  }\n':
    types.WebManagerViewerDocument,
  '\n  fragment WebHrRotation on Rotation {\n    id\n    status\n    personName\n    programType\n    startDate\n    endDate\n    endedOn\n    commitmentPercent\n    homeApprovedAt\n    homeApprovedBy\n    hostApprovedAt\n    hostApprovedBy\n    cancelReason\n    completionNote\n    viewerActions\n    homeAgency {\n      name\n      abbreviation\n    }\n    hostAgency {\n      name\n      abbreviation\n    }\n    opening {\n      id\n      title\n      skills {\n        required\n        minLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n    person {\n      id\n      skills {\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n    skills {\n      gained\n      levelBefore\n      levelAfter\n      skill {\n        id\n        name\n      }\n    }\n    history {\n      action\n      actorSubject\n      actorRoles\n      at\n      before\n      after\n    }\n  }\n':
    types.WebHrRotationFragmentDoc,
  '\n  query WebAgencyRotations(\n    $direction: RotationDirection!\n    $statuses: [RotationStatus!]\n    $endingWithinDays: Int\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    agencyRotations(\n      direction: $direction\n      statuses: $statuses\n      endingWithinDays: $endingWithinDays\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...WebHrRotation\n      }\n    }\n  }\n':
    types.WebAgencyRotationsDocument,
  '\n  mutation WebApproveRotation($input: ApproveRotationInput!) {\n    approveRotation(input: $input) {\n      __typename\n      ... on ApproveRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebApproveRotationDocument,
  '\n  mutation WebCompleteRotation($input: CompleteRotationInput!) {\n    completeRotation(input: $input) {\n      __typename\n      ... on CompleteRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebCompleteRotationDocument,
  '\n  mutation WebExtendRotation($input: ExtendRotationInput!) {\n    extendRotation(input: $input) {\n      __typename\n      ... on ExtendRotationPayload {\n        rotation {\n          id\n          endDate\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebExtendRotationDocument,
  '\n  mutation WebCancelRotation($input: CancelRotationInput!) {\n    cancelRotation(input: $input) {\n      __typename\n      ... on CancelRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebCancelRotationDocument,
  '\n  query WebMobilityFigures($from: Date!, $to: Date!) {\n    mobilityFigures(from: $from, to: $to) {\n      from\n      to\n      agency {\n        name\n        abbreviation\n      }\n      personMonths\n      averageDurationDays\n      completionRate\n      completed\n      cancelled\n      rotationsInService\n      flows {\n        count\n        personMonths\n        from {\n          name\n          abbreviation\n        }\n        to {\n          name\n          abbreviation\n        }\n      }\n      topSkillsGained {\n        count\n        skill {\n          id\n          name\n        }\n      }\n      skillSupplyDemand {\n        minLevel\n        openOpenings\n        discoverablePeopleAtLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.WebMobilityFiguresDocument,
  '\n  query WebMobilityCsv($from: Date!, $to: Date!) {\n    mobilityFiguresCsv(from: $from, to: $to)\n  }\n':
    types.WebMobilityCsvDocument,
  '\n  query WebHrPerson($agency: String!, $externalId: String!) {\n    profile(agency: $agency, externalId: $externalId) {\n      id\n      givenName\n      familyName\n      externalId\n      jobTitle\n      headline\n      email\n      grade\n      payPlan\n      occupationalSeries\n      location\n      agency {\n        name\n        abbreviation\n      }\n      skills {\n        id\n        level\n        verification\n        endorsementCount\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.WebHrPersonDocument,
  '\n  mutation WebAttestSkill($input: EndorseSkillInput!) {\n    attestSkill(input: $input) {\n      __typename\n      ... on AttestSkillPayload {\n        profileSkill {\n          id\n          level\n          verification\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebAttestSkillDocument,
  '\n  query WebManagerOpenings($agency: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    openings(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: { hostAgencies: [$agency], statuses: [DRAFT, OPEN, CLOSED, FILLED] }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        programType\n        startDate\n        applicationDeadline\n        slots\n        slotsFilled\n        viewerCanManage\n        applications(first: 1) {\n          totalCount\n        }\n        shortlisted: applications(first: 1, status: [SHORTLISTED]) {\n          totalCount\n        }\n      }\n    }\n  }\n':
    types.WebManagerOpeningsDocument,
  '\n  query WebManagerOpeningForm($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        description\n        programType\n        status\n        commitmentPercent\n        startDate\n        durationWeeks\n        applicationDeadline\n        slots\n        location\n        remoteMode\n        requiresSupervisorApproval\n        viewerCanManage\n        skills {\n          required\n          minLevel\n          weight\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.WebManagerOpeningFormDocument,
  '\n  query WebSuggestedOpeningSkills($occupation: OccupationRef!) {\n    suggestedOpeningSkills(occupation: $occupation) {\n      minLevel\n      required\n      weight\n      reason\n      skill {\n        id\n        name\n      }\n    }\n  }\n':
    types.WebSuggestedOpeningSkillsDocument,
  '\n  mutation WebCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      __typename\n      ... on CreateOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebCreateOpeningDocument,
  '\n  mutation WebUpdateOpening($input: UpdateOpeningInput!) {\n    updateOpening(input: $input) {\n      __typename\n      ... on UpdateOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebUpdateOpeningDocument,
  '\n  mutation WebOpenOpening($input: OpenOpeningInput!) {\n    openOpening(input: $input) {\n      __typename\n      ... on OpenOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebOpenOpeningDocument,
  '\n  mutation WebCloseOpening($input: CloseOpeningInput!) {\n    closeOpening(input: $input) {\n      __typename\n      ... on CloseOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebCloseOpeningDocument,
  '\n  mutation WebCancelOpening($input: CancelOpeningInput!) {\n    cancelOpening(input: $input) {\n      __typename\n      ... on CancelOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebCancelOpeningDocument,
  '\n  query WebOpeningCandidates($id: ID!, $pool: CandidatePool, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        status\n        matches(first: $first, after: $after, last: $last, before: $before, filter: { candidates: $pool }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          nodes {\n            score\n            coverage\n            candidate {\n              id\n              givenName\n              familyName\n              jobTitle\n              headline\n              visibility\n              email\n              agency {\n                name\n                abbreviation\n              }\n            }\n            explanation {\n              ...WebExplanation\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WebOpeningCandidatesDocument,
  '\n  query WebOpeningApplicants($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        status\n        slots\n        slotsFilled\n        requiresSupervisorApproval\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n            status\n            submittedAt\n            statement\n            supervisorApproval\n            supervisorReason\n            decisionReason\n            highlightedSkills {\n              id\n              name\n            }\n            applicant {\n              id\n              givenName\n              familyName\n              jobTitle\n              agency {\n                name\n                abbreviation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WebOpeningApplicantsDocument,
  '\n  mutation WebShortlistApplication($input: ShortlistApplicationInput!) {\n    shortlistApplication(input: $input) {\n      __typename\n      ... on ShortlistApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebShortlistApplicationDocument,
  '\n  mutation WebDeclineApplication($input: DeclineApplicationInput!) {\n    declineApplication(input: $input) {\n      __typename\n      ... on DeclineApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebDeclineApplicationDocument,
  '\n  mutation WebSelectApplication($input: SelectApplicationInput!) {\n    selectApplication(input: $input) {\n      __typename\n      ... on SelectApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebSelectApplicationDocument,
  '\n  subscription WebManagerOpeningEvents($opening: ID) {\n    marketplaceEvents(opening: $opening) {\n      kind\n      occurredAt\n      application {\n        id\n        status\n      }\n    }\n  }\n':
    types.WebManagerOpeningEventsDocument,
  '\n  query WebMyApplications {\n    viewer {\n      applications(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          submittedAt\n          withdrawnAt\n          decidedAt\n          decisionReason\n          supervisorApproval\n          supervisorDecidedAt\n          supervisorReason\n          opening {\n            id\n            title\n            hostAgency {\n              name\n            }\n          }\n          rotation {\n            id\n            status\n          }\n        }\n      }\n      rotations(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          programType\n          startDate\n          endDate\n          endedOn\n          commitmentPercent\n          homeAgency {\n            name\n          }\n          hostAgency {\n            name\n          }\n          opening {\n            id\n            title\n          }\n          homeApprovedAt\n          hostApprovedAt\n          completedAt\n          cancelReason\n          skills {\n            gained\n            levelBefore\n            levelAfter\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WebMyApplicationsDocument,
  '\n  query WebApprovalQueue {\n    viewer {\n      approvalRequests(first: 50) {\n        totalCount\n        nodes {\n          id\n          submittedAt\n          statement\n          viewerCanDecideApproval\n          applicant {\n            givenName\n            familyName\n            jobTitle\n          }\n          opening {\n            id\n            title\n            commitmentPercent\n            startDate\n            durationWeeks\n            hostAgency {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WebApprovalQueueDocument,
  '\n  mutation WebDecideApproval($input: DecideApplicationApprovalInput!) {\n    decideApplicationApproval(input: $input) {\n      __typename\n      ... on DecideApplicationApprovalPayload {\n        application {\n          id\n          supervisorApproval\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebDecideApprovalDocument,
  '\n  query WebRecommended($first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      profile {\n        id\n      }\n      recommendedOpenings(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        nodes {\n          score\n          opening {\n            id\n            title\n            programType\n            hostAgency {\n              name\n            }\n          }\n          explanation {\n            ...WebExplanation\n          }\n        }\n      }\n    }\n  }\n':
    types.WebRecommendedDocument,
  '\n  query WebOpening($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        description\n        programType\n        status\n        hostAgency {\n          name\n          abbreviation\n        }\n        commitmentPercent\n        hoursPerWeek\n        startDate\n        endDate\n        durationWeeks\n        applicationDeadline\n        slots\n        slotsFilled\n        location\n        remoteMode\n        payPlan\n        gradeMin\n        gradeMax\n        occupationalSeries\n        securityClearance\n        requiresSupervisorApproval\n        restrictedTo {\n          name\n          abbreviation\n        }\n        skills {\n          required\n          minLevel\n          weight\n          skill {\n            id\n            name\n          }\n        }\n        viewerEligibility {\n          allowed\n          reason\n        }\n      }\n    }\n    viewer {\n      profile {\n        id\n        skills {\n          id\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 100) {\n        nodes {\n          id\n          status\n          submittedAt\n          supervisorApproval\n          opening {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.WebOpeningDocument,
  '\n  query WebMyFit {\n    viewer {\n      recommendedOpenings(first: 50) {\n        nodes {\n          opening {\n            id\n          }\n          score\n          explanation {\n            ...WebExplanation\n          }\n        }\n      }\n    }\n  }\n':
    types.WebMyFitDocument,
  '\n  mutation WebApplyToOpening($input: ApplyToOpeningInput!) {\n    applyToOpening(input: $input) {\n      __typename\n      ... on ApplyToOpeningPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebApplyToOpeningDocument,
  '\n  mutation WebWithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      __typename\n      ... on WithdrawApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebWithdrawApplicationDocument,
  '\n  subscription WebOpeningEvents($opening: ID) {\n    marketplaceEvents(opening: $opening) {\n      kind\n      occurredAt\n      opening {\n        id\n        status\n      }\n      application {\n        id\n        status\n        supervisorApproval\n      }\n    }\n  }\n':
    types.WebOpeningEventsDocument,
  '\n  query WebOpportunities(\n    $filter: OpeningFilter\n    $orderBy: OpeningOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    openings(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        programType\n        status\n        hostAgency {\n          name\n          abbreviation\n        }\n        startDate\n        durationWeeks\n        applicationDeadline\n        commitmentPercent\n        remoteMode\n        location\n      }\n    }\n  }\n':
    types.WebOpportunitiesDocument,
  '\n  query WebSearchContext($skills: [ID!]!) {\n    agencies(first: 100, orderBy: { field: NAME }) {\n      nodes {\n        code\n        abbreviation\n        name\n      }\n    }\n    nodes(ids: $skills) {\n      __typename\n      ... on Skill {\n        id\n        name\n      }\n    }\n  }\n':
    types.WebSearchContextDocument,
  '\n  query WebMyProfile {\n    viewer {\n      name\n      agency {\n        name\n      }\n      profile {\n        id\n        givenName\n        familyName\n        headline\n        jobTitle\n        availablePercent\n        availableFrom\n        discoverable\n        remotePreference\n        skills {\n          id\n          level\n          verification\n          endorsementCount\n          skill {\n            id\n            name\n            scheme\n          }\n          evidence {\n            id\n            source\n            title\n            issuer\n            endDate\n          }\n        }\n        education {\n          id\n          level\n          field\n          institution\n          completedYear\n        }\n      }\n    }\n  }\n':
    types.WebMyProfileDocument,
  '\n  mutation WebAddMySkill($input: AddMySkillInput!) {\n    addMySkill(input: $input) {\n      __typename\n      ... on AddMySkillPayload {\n        profileSkill {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebAddMySkillDocument,
  '\n  mutation WebUpdateMySkill($input: UpdateMySkillInput!) {\n    updateMySkill(input: $input) {\n      __typename\n      ... on UpdateMySkillPayload {\n        profileSkill {\n          id\n          level\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebUpdateMySkillDocument,
  '\n  mutation WebRemoveMySkill($input: RemoveMySkillInput!) {\n    removeMySkill(input: $input) {\n      __typename\n      ... on RemoveMySkillPayload {\n        profile {\n          id\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebRemoveMySkillDocument,
  '\n  mutation WebUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on UpdateMyProfilePayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebUpdateMyProfileDocument,
  '\n  mutation WebCreateMyProfile($input: CreateMyProfileInput!) {\n    createMyProfile(input: $input) {\n      __typename\n      ... on CreateMyProfilePayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebCreateMyProfileDocument,
  '\n  query WebSkillProposals($source: SkillProposalSource!) {\n    skillProposals(source: $source) {\n      description\n      occupations {\n        code\n        title\n      }\n      proposals {\n        level\n        reason\n        currentLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.WebSkillProposalsDocument,
  '\n  mutation WebAcceptSkillProposals($input: AcceptSkillProposalsInput!) {\n    acceptSkillProposals(input: $input) {\n      __typename\n      ... on AcceptSkillProposalsPayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n':
    types.WebAcceptSkillProposalsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebExplanation on MatchExplanation {\n    score\n    coverage\n    requiredMet\n    requiredTotal\n    focus\n    profileSkillCount\n    relatedSkillCount\n    algorithmVersion\n    skills {\n      skill {\n        id\n        name\n      }\n      required\n      minLevel\n      match\n      matchedSkill {\n        id\n        name\n      }\n      candidateLevel\n      trustedLevel\n      trust\n      met\n      credit\n      contribution\n    }\n  }\n',
): typeof import('./graphql.js').WebExplanationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebSkillSuggestions($search: String!) {\n    skills(first: 8, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        scheme\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebSkillSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebManagerViewer {\n    viewer {\n      subject\n      roles\n      agency {\n        code\n        name\n        abbreviation\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebManagerViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebHrRotation on Rotation {\n    id\n    status\n    personName\n    programType\n    startDate\n    endDate\n    endedOn\n    commitmentPercent\n    homeApprovedAt\n    homeApprovedBy\n    hostApprovedAt\n    hostApprovedBy\n    cancelReason\n    completionNote\n    viewerActions\n    homeAgency {\n      name\n      abbreviation\n    }\n    hostAgency {\n      name\n      abbreviation\n    }\n    opening {\n      id\n      title\n      skills {\n        required\n        minLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n    person {\n      id\n      skills {\n        level\n        skill {\n          id\n          name\n        }\n      }\n    }\n    skills {\n      gained\n      levelBefore\n      levelAfter\n      skill {\n        id\n        name\n      }\n    }\n    history {\n      action\n      actorSubject\n      actorRoles\n      at\n      before\n      after\n    }\n  }\n',
): typeof import('./graphql.js').WebHrRotationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebAgencyRotations(\n    $direction: RotationDirection!\n    $statuses: [RotationStatus!]\n    $endingWithinDays: Int\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    agencyRotations(\n      direction: $direction\n      statuses: $statuses\n      endingWithinDays: $endingWithinDays\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        ...WebHrRotation\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebAgencyRotationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebApproveRotation($input: ApproveRotationInput!) {\n    approveRotation(input: $input) {\n      __typename\n      ... on ApproveRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebApproveRotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebCompleteRotation($input: CompleteRotationInput!) {\n    completeRotation(input: $input) {\n      __typename\n      ... on CompleteRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebCompleteRotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebExtendRotation($input: ExtendRotationInput!) {\n    extendRotation(input: $input) {\n      __typename\n      ... on ExtendRotationPayload {\n        rotation {\n          id\n          endDate\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebExtendRotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebCancelRotation($input: CancelRotationInput!) {\n    cancelRotation(input: $input) {\n      __typename\n      ... on CancelRotationPayload {\n        rotation {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebCancelRotationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebMobilityFigures($from: Date!, $to: Date!) {\n    mobilityFigures(from: $from, to: $to) {\n      from\n      to\n      agency {\n        name\n        abbreviation\n      }\n      personMonths\n      averageDurationDays\n      completionRate\n      completed\n      cancelled\n      rotationsInService\n      flows {\n        count\n        personMonths\n        from {\n          name\n          abbreviation\n        }\n        to {\n          name\n          abbreviation\n        }\n      }\n      topSkillsGained {\n        count\n        skill {\n          id\n          name\n        }\n      }\n      skillSupplyDemand {\n        minLevel\n        openOpenings\n        discoverablePeopleAtLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebMobilityFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebMobilityCsv($from: Date!, $to: Date!) {\n    mobilityFiguresCsv(from: $from, to: $to)\n  }\n',
): typeof import('./graphql.js').WebMobilityCsvDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebHrPerson($agency: String!, $externalId: String!) {\n    profile(agency: $agency, externalId: $externalId) {\n      id\n      givenName\n      familyName\n      externalId\n      jobTitle\n      headline\n      email\n      grade\n      payPlan\n      occupationalSeries\n      location\n      agency {\n        name\n        abbreviation\n      }\n      skills {\n        id\n        level\n        verification\n        endorsementCount\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebHrPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebAttestSkill($input: EndorseSkillInput!) {\n    attestSkill(input: $input) {\n      __typename\n      ... on AttestSkillPayload {\n        profileSkill {\n          id\n          level\n          verification\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebAttestSkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebManagerOpenings($agency: String!, $first: Int, $after: String, $last: Int, $before: String) {\n    openings(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      filter: { hostAgencies: [$agency], statuses: [DRAFT, OPEN, CLOSED, FILLED] }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        status\n        programType\n        startDate\n        applicationDeadline\n        slots\n        slotsFilled\n        viewerCanManage\n        applications(first: 1) {\n          totalCount\n        }\n        shortlisted: applications(first: 1, status: [SHORTLISTED]) {\n          totalCount\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebManagerOpeningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebManagerOpeningForm($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        description\n        programType\n        status\n        commitmentPercent\n        startDate\n        durationWeeks\n        applicationDeadline\n        slots\n        location\n        remoteMode\n        requiresSupervisorApproval\n        viewerCanManage\n        skills {\n          required\n          minLevel\n          weight\n          skill {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebManagerOpeningFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebSuggestedOpeningSkills($occupation: OccupationRef!) {\n    suggestedOpeningSkills(occupation: $occupation) {\n      minLevel\n      required\n      weight\n      reason\n      skill {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebSuggestedOpeningSkillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebCreateOpening($input: CreateOpeningInput!) {\n    createOpening(input: $input) {\n      __typename\n      ... on CreateOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebCreateOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebUpdateOpening($input: UpdateOpeningInput!) {\n    updateOpening(input: $input) {\n      __typename\n      ... on UpdateOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebUpdateOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebOpenOpening($input: OpenOpeningInput!) {\n    openOpening(input: $input) {\n      __typename\n      ... on OpenOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebOpenOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebCloseOpening($input: CloseOpeningInput!) {\n    closeOpening(input: $input) {\n      __typename\n      ... on CloseOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebCloseOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebCancelOpening($input: CancelOpeningInput!) {\n    cancelOpening(input: $input) {\n      __typename\n      ... on CancelOpeningPayload {\n        opening {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebCancelOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebOpeningCandidates($id: ID!, $pool: CandidatePool, $first: Int, $after: String, $last: Int, $before: String) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        status\n        matches(first: $first, after: $after, last: $last, before: $before, filter: { candidates: $pool }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          nodes {\n            score\n            coverage\n            candidate {\n              id\n              givenName\n              familyName\n              jobTitle\n              headline\n              visibility\n              email\n              agency {\n                name\n                abbreviation\n              }\n            }\n            explanation {\n              ...WebExplanation\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebOpeningCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebOpeningApplicants($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        status\n        slots\n        slotsFilled\n        requiresSupervisorApproval\n        applications(first: 100) {\n          totalCount\n          nodes {\n            id\n            status\n            submittedAt\n            statement\n            supervisorApproval\n            supervisorReason\n            decisionReason\n            highlightedSkills {\n              id\n              name\n            }\n            applicant {\n              id\n              givenName\n              familyName\n              jobTitle\n              agency {\n                name\n                abbreviation\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebOpeningApplicantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebShortlistApplication($input: ShortlistApplicationInput!) {\n    shortlistApplication(input: $input) {\n      __typename\n      ... on ShortlistApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebShortlistApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebDeclineApplication($input: DeclineApplicationInput!) {\n    declineApplication(input: $input) {\n      __typename\n      ... on DeclineApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebDeclineApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebSelectApplication($input: SelectApplicationInput!) {\n    selectApplication(input: $input) {\n      __typename\n      ... on SelectApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebSelectApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription WebManagerOpeningEvents($opening: ID) {\n    marketplaceEvents(opening: $opening) {\n      kind\n      occurredAt\n      application {\n        id\n        status\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebManagerOpeningEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebMyApplications {\n    viewer {\n      applications(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          submittedAt\n          withdrawnAt\n          decidedAt\n          decisionReason\n          supervisorApproval\n          supervisorDecidedAt\n          supervisorReason\n          opening {\n            id\n            title\n            hostAgency {\n              name\n            }\n          }\n          rotation {\n            id\n            status\n          }\n        }\n      }\n      rotations(first: 50) {\n        totalCount\n        nodes {\n          id\n          status\n          programType\n          startDate\n          endDate\n          endedOn\n          commitmentPercent\n          homeAgency {\n            name\n          }\n          hostAgency {\n            name\n          }\n          opening {\n            id\n            title\n          }\n          homeApprovedAt\n          hostApprovedAt\n          completedAt\n          cancelReason\n          skills {\n            gained\n            levelBefore\n            levelAfter\n            skill {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebMyApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebApprovalQueue {\n    viewer {\n      approvalRequests(first: 50) {\n        totalCount\n        nodes {\n          id\n          submittedAt\n          statement\n          viewerCanDecideApproval\n          applicant {\n            givenName\n            familyName\n            jobTitle\n          }\n          opening {\n            id\n            title\n            commitmentPercent\n            startDate\n            durationWeeks\n            hostAgency {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebApprovalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebDecideApproval($input: DecideApplicationApprovalInput!) {\n    decideApplicationApproval(input: $input) {\n      __typename\n      ... on DecideApplicationApprovalPayload {\n        application {\n          id\n          supervisorApproval\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebDecideApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebRecommended($first: Int, $after: String, $last: Int, $before: String) {\n    viewer {\n      profile {\n        id\n      }\n      recommendedOpenings(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        nodes {\n          score\n          opening {\n            id\n            title\n            programType\n            hostAgency {\n              name\n            }\n          }\n          explanation {\n            ...WebExplanation\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebRecommendedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebOpening($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Opening {\n        id\n        title\n        description\n        programType\n        status\n        hostAgency {\n          name\n          abbreviation\n        }\n        commitmentPercent\n        hoursPerWeek\n        startDate\n        endDate\n        durationWeeks\n        applicationDeadline\n        slots\n        slotsFilled\n        location\n        remoteMode\n        payPlan\n        gradeMin\n        gradeMax\n        occupationalSeries\n        securityClearance\n        requiresSupervisorApproval\n        restrictedTo {\n          name\n          abbreviation\n        }\n        skills {\n          required\n          minLevel\n          weight\n          skill {\n            id\n            name\n          }\n        }\n        viewerEligibility {\n          allowed\n          reason\n        }\n      }\n    }\n    viewer {\n      profile {\n        id\n        skills {\n          id\n          level\n          skill {\n            id\n            name\n          }\n        }\n      }\n      applications(first: 100) {\n        nodes {\n          id\n          status\n          submittedAt\n          supervisorApproval\n          opening {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebMyFit {\n    viewer {\n      recommendedOpenings(first: 50) {\n        nodes {\n          opening {\n            id\n          }\n          score\n          explanation {\n            ...WebExplanation\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebMyFitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebApplyToOpening($input: ApplyToOpeningInput!) {\n    applyToOpening(input: $input) {\n      __typename\n      ... on ApplyToOpeningPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebApplyToOpeningDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebWithdrawApplication($input: WithdrawApplicationInput!) {\n    withdrawApplication(input: $input) {\n      __typename\n      ... on WithdrawApplicationPayload {\n        application {\n          id\n          status\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebWithdrawApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription WebOpeningEvents($opening: ID) {\n    marketplaceEvents(opening: $opening) {\n      kind\n      occurredAt\n      opening {\n        id\n        status\n      }\n      application {\n        id\n        status\n        supervisorApproval\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebOpeningEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebOpportunities(\n    $filter: OpeningFilter\n    $orderBy: OpeningOrder\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    openings(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        title\n        programType\n        status\n        hostAgency {\n          name\n          abbreviation\n        }\n        startDate\n        durationWeeks\n        applicationDeadline\n        commitmentPercent\n        remoteMode\n        location\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebOpportunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebSearchContext($skills: [ID!]!) {\n    agencies(first: 100, orderBy: { field: NAME }) {\n      nodes {\n        code\n        abbreviation\n        name\n      }\n    }\n    nodes(ids: $skills) {\n      __typename\n      ... on Skill {\n        id\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebSearchContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebMyProfile {\n    viewer {\n      name\n      agency {\n        name\n      }\n      profile {\n        id\n        givenName\n        familyName\n        headline\n        jobTitle\n        availablePercent\n        availableFrom\n        discoverable\n        remotePreference\n        skills {\n          id\n          level\n          verification\n          endorsementCount\n          skill {\n            id\n            name\n            scheme\n          }\n          evidence {\n            id\n            source\n            title\n            issuer\n            endDate\n          }\n        }\n        education {\n          id\n          level\n          field\n          institution\n          completedYear\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebAddMySkill($input: AddMySkillInput!) {\n    addMySkill(input: $input) {\n      __typename\n      ... on AddMySkillPayload {\n        profileSkill {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebAddMySkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebUpdateMySkill($input: UpdateMySkillInput!) {\n    updateMySkill(input: $input) {\n      __typename\n      ... on UpdateMySkillPayload {\n        profileSkill {\n          id\n          level\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebUpdateMySkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebRemoveMySkill($input: RemoveMySkillInput!) {\n    removeMySkill(input: $input) {\n      __typename\n      ... on RemoveMySkillPayload {\n        profile {\n          id\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebRemoveMySkillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebUpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      __typename\n      ... on UpdateMyProfilePayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebUpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebCreateMyProfile($input: CreateMyProfileInput!) {\n    createMyProfile(input: $input) {\n      __typename\n      ... on CreateMyProfilePayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebCreateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebSkillProposals($source: SkillProposalSource!) {\n    skillProposals(source: $source) {\n      description\n      occupations {\n        code\n        title\n      }\n      proposals {\n        level\n        reason\n        currentLevel\n        skill {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebSkillProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WebAcceptSkillProposals($input: AcceptSkillProposalsInput!) {\n    acceptSkillProposals(input: $input) {\n      __typename\n      ... on AcceptSkillProposalsPayload {\n        profile {\n          id\n        }\n      }\n      ... on ValidationError {\n        problems {\n          path\n          message\n        }\n      }\n      ... on Error {\n        message\n        code\n      }\n    }\n  }\n',
): typeof import('./graphql.js').WebAcceptSkillProposalsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
