// The peer of `make bench-compare`: @neo4j/graphql under Apollo Server, over geokg's
// Neo4j and graph. Entities are read through the library's generated queries; the
// traversals and aggregates geokg has (neighbourhood, paths, a dyad) and the join of an
// edge to its evidence (by the evidence's subject, type and object: no relationship leads
// from an edge to its statements) are @cypher fields, the library's way to add them.
// Environment: NEO4J_URI (bolt://127.0.0.1:7687), PEER_PORT (4005).
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

// The relation types of geokg's ontology (ontology.go), which the statements expand over
// as geokg's own reads do.
const REL = "ACCUSES|CONDEMNS|DENIES|REJECTS|DEMANDS|THREATENS|SANCTIONS|LIFTS_SANCTIONS|SEVERS_TIES_WITH|RESTORES_TIES_WITH|EXPELS|ATTACKS|HOSTS|SUPPORTS|MEETS|SIGNS_AGREEMENT_WITH|COOPERATES_WITH|AIDS|RECOGNIZES|LEADS|MEMBER_OF|PART_OF";

const typeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String
    kind: String
  }

  type EntityRef { id: ID! name: String }
  type ArticleRef { title: String url: String }
  type EvidenceRow { sentence: String date: String article: ArticleRef }
  type RelationRow { type: String! count: Int subject: EntityRef! object: EntityRef! evidence: [EvidenceRow!]! }
  type EdgeRow { s: ID! t: String! o: ID! count: Int }
  type PathRow { nodes: [ID!]! types: [String!]! }
  type CellRow { t: String m: String n: Int }

  type Query {
    relationsWithEvidence(id: ID!): [RelationRow!]!
      @cypher(
        statement: """
        MATCH (:Entity {id: $id})-[r:REL]-(:Entity)
        WITH DISTINCT r
        WITH startNode(r) AS s, r, endNode(r) AS o
        ORDER BY s.id, type(r), o.id LIMIT 50
        CALL (s, r, o) {
          MATCH (x:Evidence {subject: s.id, type: type(r), object: o.id})
          WITH x ORDER BY x.date DESC LIMIT 5
          MATCH (x)-[:FROM]->(a:Article)
          RETURN collect({sentence: x.sentence, date: x.date, article: {title: a.title, url: a.url}}) AS evidence
        }
        RETURN {type: type(r), count: r.count, subject: {id: s.id, name: s.name}, object: {id: o.id, name: o.name}, evidence: evidence} AS row
        """
        columnName: "row"
      )
    neighborhood(id: ID!): [EdgeRow!]!
      @cypher(
        statement: """
        MATCH (c:Entity {id: $id})-[r:REL]-(n:Entity)
        WITH c, n, sum(r.count) AS w ORDER BY w DESC, n.id LIMIT 49
        WITH c, collect(n) AS l1
        CALL (c, l1) {
          UNWIND l1 AS f
          CALL (f, c, l1) {
            MATCH (f)-[r:REL]-(m:Entity) WHERE m <> c AND NOT m IN l1
            RETURN m, r.count AS k ORDER BY k DESC LIMIT 50
          }
          WITH l1, m, sum(k) AS w ORDER BY w DESC, m.id
          WITH l1, collect(m) AS found
          RETURN found[..(49 - size(l1))] AS l2
        }
        WITH [c] + l1 + l2 AS seen
        UNWIND seen AS a
        MATCH (a)-[r:REL]->(z:Entity) WHERE z IN seen
        WITH a, r, z ORDER BY r.count DESC LIMIT 200
        RETURN {s: a.id, t: type(r), o: z.id, count: r.count} AS row
        """
        columnName: "row"
      )
    paths(from: ID!, to: ID!): [PathRow!]!
      @cypher(
        statement: """
        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
        MATCH p = SHORTEST 3 (a) (()-[r:REL]-(x)){1,4} (b)
          WHERE NOT a IN x AND all(i IN range(0, size(x) - 2) WHERE NOT x[i] IN x[i + 1..])
        RETURN {nodes: [n IN nodes(p) | n.id], types: [r IN relationships(p) | type(r)]} AS row
        """
        columnName: "row"
      )
    dyadCells(a: ID!, b: ID!): [CellRow!]!
      @cypher(
        statement: """
        CALL () {
          MATCH (x:Evidence {object: $b}) WHERE x.subject = $a RETURN x
          UNION ALL
          MATCH (x:Evidence {object: $a}) WHERE x.subject = $b RETURN x
        }
        WITH x.type AS t, substring(x.date, 0, 7) AS m, count(*) AS n
        RETURN {t: t, m: m, n: n} AS row
        """
        columnName: "row"
      )
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI || "bolt://127.0.0.1:7687", neo4j.auth.basic("neo4j", "unused"), {
  maxConnectionPoolSize: 64,
});
const schema = await new Neo4jGraphQL({ typeDefs: typeDefs.replaceAll("[r:REL]", `[r:${REL}]`), driver }).getSchema();
const server = new ApolloServer({ schema });
const port = Number(process.env.PEER_PORT || 4005);
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`peer: @neo4j/graphql at ${url}`);
