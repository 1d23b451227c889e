// Example queries shown as GraphiQL tabs when the playground is opened for
// the first time (GraphiQL remembers open tabs in localStorage afterwards;
// use "Clear storage" in the settings dialog to see changes).
//
// One entry per user group. Each query starts with a "#" comment line that
// says what it does; the operation name (query Explorer ...) becomes the tab
// title. To add, remove or change an example, edit this list and
// rebuild with `npm run build` (or `make web`). Fields:
//   query     - the GraphQL document (required)
//   variables - optional JSON string for the variables editor
//   headers   - optional JSON string for the headers editor

export const examples = [
  {
    query: `# Explorer: look up entities and their ids by name.
query Explorer {
  search(text: "Albania", first: 5) {
    id
    kind
    name
  }
}
`,
  },
  {
    query: `# Journalist: ties Albania severed, with evidence.
query Journalist {
  entity(id: "country:ALB") {
    name
    relations(direction: OUT, types: [SEVERS_TIES_WITH], first: 10) {
      totalCount
      edges {
        node {
          type
          object { id name }
          evidence {
            sentence
            article { title }
          }
        }
      }
    }
  }
}
`,
  },
  {
    query: `# Journalist tracing: Albania to Khatib, <= 3 hops.
query JournalistTracing {
  paths(from: "country:ALB", to: "official:esmail-khatib", maxHops: 3, first: 3) {
    hops {
      type
      subject { id }
      object { id }
      evidence { sentence }
    }
  }
}
`,
  },
  {
    query: `# Dashboard: Albania-Iran relation counts by type.
query Dashboard {
  dyad(a: "country:ALB", b: "country:IRN") {
    total
    byType {
      type
      count
    }
  }
}
`,
  },
  {
    query: `# Dashboard: statements per month and who acts most.
query DashboardTrends {
  relationCounts(filter: {either: "country:IRN"}, groupBy: MONTH) {
    month
    count
  }
  topActors(direction: OUT, first: 5) {
    entity { id name }
    count
  }
  dyad(a: "country:ALB", b: "country:IRN") {
    firstSeen
    lastSeen
    score { month score count }
  }
}
`,
  },
  {
    query: `# Explorer: Albania's neighborhood for a graph view.
query GraphView {
  neighborhood(id: "country:ALB", depth: 2, limit: 50) {
    nodes { id kind name depth }
    edges { subjectId objectId type count confidence }
    truncated
  }
}
`,
  },
  {
    query: `# Journalist: what passed between Albania and Iran, in order.
query JournalistTimeline {
  timeline(id: "country:ALB", other: "country:IRN", first: 20) {
    items {
      date
      kind
      statement {
        type
        subject { name }
        object { name }
        evidence { sentence article { title url } }
      }
      event { type targets { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  },
  {
    query: `# Live dashboard: new sanctions and attacks as they are written.
subscription LiveRelations {
  relationAdded(filter: {types: [SANCTIONS, ATTACKS]}) {
    type
    subject { id name }
    object { id name }
    count
    evidence { sentence date article { title } }
  }
}
`,
  },
];
