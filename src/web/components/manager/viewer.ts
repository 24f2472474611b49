/** The signed-in manager's or HR specialist's agency and roles (the pages scope their lists to it). */
import { graphql } from '../../gql/index.js';
import { useQuery } from '../../lib/hooks.js';

export const MyAgencyQuery = graphql(`
  query WebManagerViewer {
    viewer {
      subject
      roles
      agency {
        code
        name
        abbreviation
      }
    }
  }
`);

export const useMyAgency = () => useQuery(MyAgencyQuery, {});
