/** Assembles the schema: the builder, then each domain type file for its side effects. */
import { isInterfaceType, lexicographicSortSchema } from 'graphql';
import { builder, setNodeTypeNames } from './builder.js';
import './errors.js';
import './common.js';
import './agency.js';
import './skill.js';
import './viewer.js';
import './profile.js';
import './skill-proposal.js';
import './endorsement.js';
import './opening.js';
import './application.js';
import './rotation.js';
import './change.js';
import './mobility.js';
import './marketplace-event.js';
import './match.js';
import './about.js';
import './bulk.js';
import './disclosure.js';
import './self-identification.js';
import './impact.js';

// Deny by default: a root field without its own rule still needs a verified token.
// Public fields opt out explicitly with `skipTypeScopes`.
builder.queryType({ description: 'Read the marketplace.', authScopes: { authenticated: true } });
builder.mutationType({
  description: 'Change the marketplace. Expected failures come back as typed results.',
  authScopes: { authenticated: true },
});

export const schema = lexicographicSortSchema(builder.toSchema());

const node = schema.getType('Node');
setNodeTypeNames(node && isInterfaceType(node) ? schema.getPossibleTypes(node).map((t) => t.name) : []);
