// The explorer's only way to the data: GraphQL over POST /query, relative to the page.

// gql runs one operation and returns its data, or throws an Error with the
// messages of the errors the API answered.
export async function gql(query, variables = {}) {
  let res;
  try {
    res = await fetch('query', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new Error(`the server cannot be reached (${e.message})`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`the server answered ${res.status} without JSON`);
  }
  if (body.errors && body.errors.length) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

// REL is what every view shows of a relation.
export const REL = `
  fragment Rel on Relation {
    id type symmetric count articleCount sourceCount contested firstSeen lastSeen confidence
    subject { id name kind }
    object { id name kind }
    evidence(first: $evidence) {
      id sentence before after date confidence rule trigger path
      article { id title url published source }
    }
  }`;

// GOLDSTEIN is the cooperation-conflict weight of each relation type, as in
// docs/api.md ("Cooperation-conflict score"); null for the structural types.
// The API scores pairs (dyad) but does not give a type's weight, so the
// explorer keeps this copy; web/explore_test.go checks it against ontology.go.
export const GOLDSTEIN = {
  ACCUSES: -2, CONDEMNS: -2, DENIES: -2, REJECTS: -4, DEMANDS: -1, THREATENS: -6,
  SANCTIONS: -8, LIFTS_SANCTIONS: 7, SEVERS_TIES_WITH: -4, RESTORES_TIES_WITH: 7,
  EXPELS: -5, ATTACKS: -10, HOSTS: 3, SUPPORTS: 3.5, MEETS: 1, SIGNS_AGREEMENT_WITH: 8,
  COOPERATES_WITH: 6, AIDS: 7, RECOGNIZES: 6, LEADS: null, MEMBER_OF: null, PART_OF: null,
};

export const TYPES = Object.keys(GOLDSTEIN);
export const HOSTILE = TYPES.filter((t) => GOLDSTEIN[t] !== null && GOLDSTEIN[t] < 0);
export const COOPERATIVE = TYPES.filter((t) => GOLDSTEIN[t] !== null && GOLDSTEIN[t] > 0);

// polarityTypes is the type list of a polarity filter: null for all types.
export function polarityTypes(polarity) {
  if (polarity === 'conflict') return HOSTILE;
  if (polarity === 'cooperation') return COOPERATIVE;
  return null;
}

// colour maps a weight to red (conflict), grey (neutral or structural) or blue (cooperation).
export function colour(weight) {
  if (weight === null || weight === undefined) return '#8a8f98';
  const t = Math.min(Math.abs(weight) / 10, 1);
  const grey = [150, 150, 150];
  const end = weight < 0 ? [200, 30, 30] : [25, 100, 200];
  const c = grey.map((g, i) => Math.round(g + (end[i] - g) * (0.35 + 0.65 * t)));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

export function typeColour(type) {
  return colour(GOLDSTEIN[type]);
}
