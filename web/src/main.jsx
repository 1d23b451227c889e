// Entry point of the geokg playground: GraphiQL talking to the geokg
// GraphQL endpoint on the same origin (POST /query, subscriptions over
// graphql-transport-ws at /query). Everything is bundled at build time; the
// page loads nothing from other hosts.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './playground.css';
import { examples } from './examples.js';

const wsScheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: '/query',
  subscriptionUrl: `${wsScheme}//${window.location.host}/query`,
});

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultTabs={examples} />,
);
