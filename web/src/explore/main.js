// The geokg explorer: search, entity pages, a graph of the neighbourhood,
// connections between two actors, timelines, a dashboard and article pages,
// all read from the GraphQL API. The state of every view is in the query
// string (?view=entity&id=country:ALB), so each view has a shareable URL.
import cytoscape from 'cytoscape';
import { gql, REL, GOLDSTEIN, TYPES, polarityTypes, typeColour } from './api.js';
import { h, svg, append, download, csv } from './dom.js';
import './explore.css';

const main = document.getElementById('main');

// ---- navigation -----------------------------------------------------------

function params() {
  return new URLSearchParams(location.search);
}

function href(p) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `explore?${s}` : 'explore';
}

function go(p) {
  history.pushState(null, '', href(p));
  render().then(focusView);
}

// focusView moves the keyboard focus to the new view's heading after an in-app
// navigation, so keyboard and screen reader users land on what they opened.
function focusView() {
  const h1 = main.querySelector('h1');
  if (h1) {
    h1.setAttribute('tabindex', '-1');
    h1.focus();
  }
}

// replaceState keeps a view's filters in the URL without a new history entry.
function remember(p) {
  history.replaceState(null, '', href(p));
}

// link is an in-app link: a real href (open in a new tab, copy) that renders in place on click.
function link(p, ...children) {
  return h('a', {
    href: href(p),
    onclick: (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      go(p);
    },
  }, ...children);
}

function entityLink(e) {
  return link({ view: 'entity', id: e.id }, e.name);
}

function sourceLink(article) {
  const title = article.title || article.id;
  return [
    article.url ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer', class: 'source' }, title) : h('span', { class: 'source' }, title),
    article.source ? ` · ${article.source}` : '',
    article.published ? ` (${article.published})` : '',
    ' · ',
    link({ view: 'article', id: article.id }, 'read in the explorer'),
  ];
}

function typeLabel(type) {
  return type.replace(/_/g, ' ').toLowerCase();
}

function swatch(type) {
  const w = GOLDSTEIN[type];
  const kind = w === null ? 'structural' : w < 0 ? 'conflict' : 'cooperation';
  return h('span', { class: `badge ${kind}`, title: w === null ? 'structural, not scored' : `weight ${w} on the cooperation-conflict scale` }, typeLabel(type));
}

function dates(r) {
  if (!r.firstSeen) return 'undated';
  return r.firstSeen === r.lastSeen ? r.firstSeen : `${r.firstSeen} – ${r.lastSeen}`;
}

// ---- page frame -------------------------------------------------------------

// fill replaces the children of el (children as h takes them: arrays, strings, null).
function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

function show(...children) {
  fill(main, ...children);
}

function loading(what) {
  show(h('p', { class: 'loading', role: 'status' }, `Loading ${what}…`));
}

function failure(err) {
  return h('p', { class: 'error', role: 'alert' }, `Could not load this view: ${err.message}`);
}

function empty(text) {
  return h('p', { class: 'empty' }, text);
}

function exportButtons(name, data, rows) {
  return h('span', { class: 'exports' },
    h('button', { type: 'button', onclick: () => download(`${name}.json`, new Blob([JSON.stringify(data(), null, 2)], { type: 'application/json' })) }, 'Export JSON'),
    rows && h('button', { type: 'button', onclick: () => download(`${name}.csv`, new Blob([csv(rows())], { type: 'text/csv' })) }, 'Export CSV'),
  );
}

// chartExports offers an SVG chart of the page as an SVG file and as a PNG image.
function chartExports(name, chart) {
  if (!(chart instanceof SVGElement)) return null;
  return h('span', { class: 'exports' },
    h('button', { type: 'button', onclick: () => download(`${name}.svg`, new Blob([svgText(chart)], { type: 'image/svg+xml' })) }, 'Export SVG'),
    h('button', { type: 'button', onclick: async () => download(`${name}.png`, await svgPNG(chart)) }, 'Export PNG'));
}

// svgText serialises a chart as a standalone SVG document of its viewBox's size.
function svgText(chart) {
  const c = chart.cloneNode(true);
  const vb = chart.viewBox.baseVal;
  c.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  c.setAttribute('width', vb.width);
  c.setAttribute('height', vb.height);
  return new XMLSerializer().serializeToString(c);
}

// svgPNG draws a chart on a white canvas at twice its size and returns the PNG.
async function svgPNG(chart) {
  const vb = chart.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([svgText(chart)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = h('canvas', { width: vb.width * 2, height: vb.height * 2 });
    const g = canvas.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => { canvas.toBlob(resolve, 'image/png'); });
  } finally {
    URL.revokeObjectURL(url);
  }
}

function relationRows(rels) {
  return [['type', 'subject', 'object', 'firstSeen', 'lastSeen', 'statements', 'articles', 'sources', 'contested', 'confidence', 'sentence', 'article', 'url'],
    ...rels.map((r) => {
      const ev = r.evidence[0] || { article: {} };
      return [r.type, r.subject.name, r.object.name, r.firstSeen, r.lastSeen, r.count, r.articleCount, r.sourceCount, r.contested, r.confidence, ev.sentence, ev.article.title, ev.article.url];
    })];
}

// ---- search (combobox) ------------------------------------------------------

const SEARCH = `query Suggest($text: String!) {
  searchHits(text: $text, first: 8) { match matched entity { id kind name } }
}`;

// combobox turns an input into a search with suggestions as you type;
// onPick gets the chosen entity.
function combobox(input, list, onPick) {
  let hits = [];
  let active = -1;
  let timer = 0;
  let seq = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (i) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    onPick(hit.entity);
  };
  const paint = () => {
    list.replaceChildren(...hits.map((hit, i) => h('li', {
      id: `${list.id}-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false',
      class: i === active ? 'active' : '',
      onmousedown: (e) => { e.preventDefault(); pick(i); },
    }, h('span', { class: 'kind' }, hit.entity.kind), ' ', hit.entity.name,
    hit.matched && hit.matched !== hit.entity.name ? h('span', { class: 'matched' }, ` (${hit.matched})`) : null)));
    if (!hits.length && input.value.trim()) list.replaceChildren(h('li', { class: 'none' }, 'No actor by that name'));
    list.hidden = !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { hits = []; close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const data = await gql(SEARCH, { text });
        if (mine !== seq) return;
        hits = data.searchHits;
      } catch (e) {
        hits = [];
        list.replaceChildren(h('li', { class: 'none', role: 'alert' }, e.message));
        list.hidden = false;
        return;
      }
      active = hits.length ? 0 : -1;
      paint();
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; paint(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; paint(); e.preventDefault(); }
    else if (e.key === 'Enter') { e.preventDefault(); pick(Math.max(active, 0)); }
    else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// picker is a labelled combobox inside a form that remembers the chosen entity.
function picker(label, name, initial, onPick) {
  const input = h('input', { type: 'search', id: `pick-${name}`, autocomplete: 'off', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `pick-${name}-list`, placeholder: 'Type a name…', value: initial ? initial.name : '' });
  const list = h('ul', { id: `pick-${name}-list`, role: 'listbox', hidden: true });
  combobox(input, list, (e) => { input.value = e.name; onPick(e); });
  return h('div', { class: 'picker' }, h('label', { for: `pick-${name}` }, label), input, list);
}

// ---- home -----------------------------------------------------------------

async function homeView() {
  const data = await gql(`{
    stats { articles entities relations evidence events }
    topActors(direction: OUT, first: 8) { count entity { id name kind } }
    targets: topActors(direction: IN, first: 8) { count entity { id name kind } }
  }`);
  const s = data.stats;
  const actors = (title, list) => h('section', { class: 'card' }, h('h2', {}, title),
    list.length ? h('ol', {}, list.map((a) => h('li', {}, entityLink(a.entity), ` — ${a.count} statements`))) : empty('Nothing yet.'));
  show(
    h('h1', {}, 'Who is connected to whom, through what, on whose word'),
    h('p', { class: 'lede' }, `The graph holds ${s.entities} actors, ${s.relations} relations and ${s.evidence} statements read from ${s.articles} articles. Search an actor above, or start from the most active ones.`),
    s.articles === 0 ? empty('No article is ingested yet: run `geokg ingest` or `make run`.') : null,
    h('div', { class: 'grid' }, actors('Most active', data.topActors), actors('Most acted upon', data.targets)),
  );
}

// ---- entity page ------------------------------------------------------------

const ENTITY = `query EntityPage($id: ID!, $evidence: Int) {
  entity(id: $id) {
    id kind name aliases
    ... on Country { code }
    ... on Group { subtype country { id name } }
    ... on Official { title country { id name } }
    relations(first: 100) { totalCount edges { node { ...Rel } } }
  }
}${REL}`;

// evidenceBlock shows a statement: its sentence between the sentences around it
// (muted), its date and source, and why it was read on demand.
function evidenceBlock(ev, mark) {
  return h('div', { class: 'evidence' },
    h('blockquote', {},
      ev.before ? h('span', { class: 'context before', title: 'the sentence before' }, ev.before, ' ') : null,
      h('span', { class: 'said' }, mark ? highlight(ev.sentence, ev.trigger) : ev.sentence),
      ev.after ? h('span', { class: 'context after', title: 'the sentence after' }, ' ', ev.after) : null),
    h('p', { class: 'cite' }, ev.date ? `${ev.date} · ` : '', sourceLink(ev.article)),
    h('details', {}, h('summary', {}, 'Why was this read?'),
      ev.rule ? h('dl', {},
        h('dt', {}, 'rule'), h('dd', {}, ev.rule),
        h('dt', {}, 'trigger'), h('dd', {}, ev.trigger || '—'),
        h('dt', {}, 'path'), h('dd', {}, ev.path || '—'),
        h('dt', {}, 'confidence'), h('dd', {}, ev.confidence))
        : h('p', {}, 'Not recorded (written before the extractor kept its reasons; ingest the article again).')),
  );
}

// highlight marks the trigger word in a sentence.
function highlight(sentence, trigger) {
  if (!trigger) return sentence;
  const re = new RegExp(`\\b(${trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\w*)`, 'i');
  const m = re.exec(sentence);
  if (!m) return sentence;
  return [sentence.slice(0, m.index), h('mark', {}, m[0]), sentence.slice(m.index + m[0].length)];
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// CONTESTED fetches, on demand, the statements by which a relation's object
// denies or rejects it (Relation.contestedBy), so the entity page's query stays small.
const CONTESTED = `query Contested($subject: ID!, $object: ID!, $type: RelationType!) {
  relations(filter: {subject: $subject, object: $object, types: [$type]}, first: 1) {
    edges { node { id contestedBy(first: 10) { id date type subject { id name } object { id name }
      evidence { id sentence date confidence rule trigger path article { id title url published source } } } } }
  }
}`;

// contestedBlock is the "contested" mark of a relation and a button that shows,
// under it, the statements of the other side that deny it.
function contestedBlock(r) {
  if (!r.contested) return null;
  const out = h('div', { class: 'contested-by', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'show-denials', 'aria-expanded': 'false', onclick: async () => {
    if (button.getAttribute('aria-expanded') === 'true') {
      button.setAttribute('aria-expanded', 'false');
      out.replaceChildren();
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    fill(out, h('p', { class: 'loading', role: 'status' }, 'Loading the denials…'));
    try {
      const data = await gql(CONTESTED, { subject: r.subject.id, object: r.object.id, type: r.type });
      const node = data.relations.edges[0] && data.relations.edges[0].node;
      const denials = node ? node.contestedBy : [];
      fill(out, denials.length ? denials.map((st) => h('div', { class: 'denial' },
        h('p', {}, entityLink(st.subject), ' ', swatch(st.type), ' ', entityLink(st.object)),
        evidenceBlock(st.evidence))) : empty('No denying statement was found.'));
    } catch (e) {
      fill(out, failure(e));
    }
  } }, `Show how ${r.object.name} denies it`);
  return [h('p', { class: 'contested-line' },
    h('span', { class: 'badge contested', title: `${r.object.name} denies or rejects this: it is one side's claim` }, 'contested'), ' ', button), out];
}

function relationItem(r, self) {
  const other = r.subject.id === self ? r.object : r.subject;
  return h('li', { class: r.contested ? 'relation contested' : 'relation' },
    h('div', { class: 'rel-head' },
      h('strong', {}, entityLink(other)),
      h('span', { class: 'meta' }, ` ${dates(r)} · `, h('span', { class: 'sources' }, plural(r.sourceCount, 'source')), ` · ${plural(r.articleCount, 'article')} · ${plural(r.count, 'statement')} · confidence ${r.confidence}`),
      ' ', link({ view: 'timeline', id: self, other: other.id }, 'timeline of the pair'),
      ' ', link({ view: 'dashboard', a: self, b: other.id }, 'pair dashboard')),
    contestedBlock(r),
    r.evidence.map((ev) => evidenceBlock(ev)),
  );
}

async function entityView(p) {
  const data = await gql(ENTITY, { id: p.get('id'), evidence: 3 });
  const e = data.entity;
  if (!e) { show(empty(`No actor has the id ${p.get('id')}.`)); return; }
  document.title = `${e.name} · geokg explorer`;
  const rels = e.relations.edges.map((x) => x.node);
  const groups = new Map();
  for (const r of rels) {
    const dir = r.symmetric ? 'with' : r.subject.id === e.id ? 'out' : 'in';
    const key = `${r.type}|${dir}`;
    if (!groups.has(key)) groups.set(key, { type: r.type, dir, rels: [] });
    groups.get(key).rels.push(r);
  }
  const facts = [
    ['kind', e.kind],
    e.code && ['code', e.code],
    e.subtype && ['subtype', e.subtype.toLowerCase().replace(/_/g, ' ')],
    e.title && ['title', e.title],
    e.country && ['country', entityLink(e.country)],
    ['aliases', e.aliases.length ? e.aliases.join(', ') : '—'],
  ].filter(Boolean);
  show(
    h('h1', {}, e.name, ' ', h('span', { class: 'kind' }, e.kind)),
    h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('p', { class: 'actions' },
      link({ view: 'graph', id: e.id }, 'Graph of the neighbourhood'), ' · ',
      link({ view: 'timeline', id: e.id }, 'Timeline'), ' · ',
      link({ view: 'paths', a: e.id }, 'How is it connected to…'), ' · ',
      exportButtons(e.id.replace(':', '-'), () => e, () => relationRows(rels))),
    h('h2', {}, `Relations (${e.relations.totalCount})`),
    e.relations.totalCount > rels.length ? h('p', { class: 'note' }, `Showing the first ${rels.length}.`) : null,
    rels.length ? [...groups.values()].map((g) => h('section', { class: 'group' },
      h('h3', {}, g.dir === 'in' ? ['← ', swatch(g.type), ` ${e.name}`] : g.dir === 'out' ? [`${e.name} `, swatch(g.type), ' →'] : [`${e.name} `, swatch(g.type), ' (both ways)']),
      h('ul', { class: 'relations' }, g.rels.map((r) => relationItem(r, e.id))),
    )) : empty('No relation is known for this actor.'),
  );
}

// ---- graph view ---------------------------------------------------------------

const NEIGHBORHOOD = `query Graph($id: ID!, $depth: Int) {
  neighborhood(id: $id, depth: $depth, limit: 40) {
    truncated
    nodes { id kind name depth }
    edges { id subjectId objectId type count sourceCount confidence firstSeen lastSeen
      relation { evidence(first: 1) { sentence article { title } } } }
  }
}`;

async function graphView(p) {
  const root = p.get('id');
  const state = {
    types: new Set((p.get('types') || '').split(',').filter(Boolean)),
    polarity: p.get('polarity') || 'all',
    from: p.get('from') || '',
    to: p.get('to') || '',
  };
  const data = await gql(NEIGHBORHOOD, { id: root, depth: Number(p.get('depth') || 1) });
  const n = data.neighborhood;
  if (!n) { show(empty(`No actor has the id ${root}.`)); return; }
  const rootNode = n.nodes.find((x) => x.id === root);
  document.title = `${rootNode ? rootNode.name : root}: graph · geokg explorer`;
  const box = h('div', { id: 'cy', class: 'graph', role: 'img', 'aria-label': 'Graph of the neighbourhood; the table below lists the same relations' });
  const panel = h('aside', { class: 'panel', 'aria-live': 'polite' }, h('p', {}, 'Click an actor to expand its neighbourhood; hover or click a line for its evidence.'));
  const table = h('tbody');
  const actorList = h('ul', { class: 'actors' });
  const sync = () => remember({ view: 'graph', id: root, depth: p.get('depth'), types: [...state.types].join(','), polarity: state.polarity === 'all' ? '' : state.polarity, from: state.from, to: state.to });


  const visible = (e) => {
    const d = e.data('edge');
    if (state.types.size && !state.types.has(d.type)) return false;
    const only = polarityTypes(state.polarity);
    if (only && !only.includes(d.type)) return false;
    if (state.from && d.lastSeen && d.lastSeen < state.from) return false;
    if (state.to && d.firstSeen && d.firstSeen > state.to) return false;
    if ((state.from || state.to) && !d.firstSeen) return false;
    return true;
  };
  const apply = () => {
    cy.batch(() => {
      cy.edges().forEach((e) => e.toggleClass('hidden', !visible(e)));
      // An actor stays when one of its shown relations does (classes, not ':visible', which lags in a batch).
      cy.nodes().forEach((v) => v.toggleClass('hidden', v.id() !== root && v.connectedEdges().filter((e) => !e.hasClass('hidden')).length === 0));
    });
    cy.fit(cy.elements().filter((x) => !x.hasClass('hidden')), 30);
    fill(actorList, cy.nodes().filter((v) => !v.hasClass('hidden')).map((v) => h('li', {},
      h('button', { type: 'button', onclick: () => expand(v.id(), v.data('name')) }, v.data('name')))));
    table.replaceChildren(...cy.edges().filter((e) => !e.hasClass('hidden')).map((e) => {
      const d = e.data('edge');
      return h('tr', {}, h('td', {}, link({ view: 'entity', id: d.subjectId }, cy.getElementById(d.subjectId).data('name'))), h('td', {}, swatch(d.type)),
        h('td', {}, link({ view: 'entity', id: d.objectId }, cy.getElementById(d.objectId).data('name'))), h('td', {}, dates(d)), h('td', {}, d.sourceCount), h('td', {}, d.count));
    }));
    sync();
  };
  // Rings around the root, one per hop (breadth first), so expansions stay readable.
  const layout = () => cy.layout({ name: 'breadthfirst', roots: cy.getElementById(root), circle: true, spacingFactor: 1.1, padding: 30, animate: false }).run();


  const present = [...new Set(n.edges.map((e) => e.type))].sort();
  const typeBoxes = h('fieldset', { class: 'types' }, h('legend', {}, 'Relation types'), present.map((t) => h('label', {},
    h('input', { type: 'checkbox', value: t, checked: state.types.has(t), onchange: (e) => { if (e.target.checked) state.types.add(t); else state.types.delete(t); apply(); } }), ' ', swatch(t))));
  const polarity = h('fieldset', { class: 'polarity' }, h('legend', {}, 'Polarity'), ['all', 'conflict', 'cooperation'].map((v) => h('label', {},
    h('input', { type: 'radio', name: 'polarity', value: v, checked: state.polarity === v, onchange: () => { state.polarity = v; apply(); } }), ` ${v}`)));
  const allDates = n.edges.flatMap((e) => [e.firstSeen, e.lastSeen]).filter(Boolean).sort();
  const dateInput = (key, label) => h('label', {}, `${label} `, h('input', { type: 'date', name: key, value: state[key], onchange: (e) => { state[key] = e.target.value; apply(); } }));
  // The replay slider: the graph as it was known on a date (relations first seen by then).
  const days = allDates.length ? [...new Set(allDates)] : [];
  const replayLabel = h('output', {}, state.to || 'all');
  const replay = days.length > 1 ? h('label', {}, 'Known on ', h('input', {
    type: 'range', min: 0, max: days.length, value: state.to ? Math.max(days.findIndex((d) => d >= state.to), 0) : days.length, 'aria-label': 'Known on date',
    oninput: (e) => { const i = Number(e.target.value); state.to = i >= days.length ? '' : days[i]; replayLabel.textContent = state.to || 'all'; apply(); },
  }), ' ', replayLabel) : null;

  show(
    h('h1', {}, 'Neighbourhood of ', link({ view: 'entity', id: root }, rootNode ? rootNode.name : root)),
    h('form', { class: 'filters', onsubmit: (e) => e.preventDefault() }, typeBoxes, polarity,
      h('fieldset', {}, h('legend', {}, 'Dates'), dateInput('from', 'from'), ' ', dateInput('to', 'to'), h('br'), replay),
      h('fieldset', {}, h('legend', {}, 'Depth'), [1, 2, 3].map((d) => [link({ view: 'graph', id: root, depth: d }, `${d} hop${d > 1 ? 's' : ''}`), ' ']))),
    h('p', { class: 'legend' }, 'Lines: ', h('span', { class: 'badge conflict' }, 'conflict'), ' ', h('span', { class: 'badge cooperation' }, 'cooperation'), ' ', h('span', { class: 'badge structural' }, 'structural'),
      ', thicker when more sources report it. ', n.truncated ? 'The neighbourhood is truncated to the 40 most tied actors.' : '',
      h('span', { class: 'exports' },
        h('button', { type: 'button', onclick: async () => download(`${root.replace(':', '-')}-graph.png`, await cy.png({ output: 'blob-promise', bg: '#ffffff', full: true, scale: 2 })) }, 'Export PNG'),
        h('button', { type: 'button', onclick: () => download(`${root.replace(':', '-')}-graph.svg`, new Blob([graphSVG(cy)], { type: 'image/svg+xml' })) }, 'Export SVG'),
        h('button', { type: 'button', onclick: () => download(`${root.replace(':', '-')}-graph.json`, new Blob([JSON.stringify(cy.edges(':visible').map((e) => e.data('edge')), null, 2)], { type: 'application/json' })) }, 'Export JSON'),
        h('button', { type: 'button', onclick: () => download(`${root.replace(':', '-')}-graph.csv`, new Blob([csv([['subject', 'type', 'object', 'firstSeen', 'lastSeen', 'sources', 'statements', 'confidence'], ...cy.edges(':visible').map((e) => { const d = e.data('edge'); return [d.subjectId, d.type, d.objectId, d.firstSeen, d.lastSeen, d.sourceCount, d.count, d.confidence]; })])], { type: 'text/csv' })) }, 'Export CSV'))),
    h('div', { class: 'graph-wrap' }, box, panel),
    h('h2', {}, 'Actors shown (press one to expand it)'), actorList,
    h('h2', {}, 'The relations shown'),
    h('div', { class: 'scroll' }, h('table', { class: 'edges' }, h('thead', {}, h('tr', {}, ['subject', 'relation', 'object', 'dates', 'sources', 'statements'].map((c) => h('th', {}, c)))), table)),
  );
  // Cytoscape starts once its container is in the page, so it knows its size.
  const cy = cytoscape({
    container: box,
    style: [
      { selector: 'node', style: { label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 22, height: 22, 'background-color': '#556', color: '#222', 'text-wrap': 'wrap', 'text-max-width': 110 } },
      { selector: 'node[kind = "Country"]', style: { shape: 'round-rectangle', 'background-color': '#4a5d7a' } },
      { selector: 'node[kind = "Group"]', style: { shape: 'diamond', 'background-color': '#7a5d4a' } },
      { selector: 'node[kind = "Official"]', style: { shape: 'ellipse', 'background-color': '#5d7a4a' } },
      { selector: 'node.root', style: { 'border-width': 3, 'border-color': '#111', width: 30, height: 30 } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', width: 'data(width)', label: 'data(label)', 'font-size': 8, color: '#444', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: ':selected', style: { 'overlay-opacity': 0.15 } },
    ],
  });
  const addAll = (nb) => {
    for (const x of nb.nodes) if (!cy.getElementById(x.id).length) cy.add({ data: { id: x.id, name: x.name, kind: x.kind } });
    for (const e of nb.edges) {
      if (cy.getElementById(e.id).length) continue;
      cy.add({ data: { id: e.id, source: e.subjectId, target: e.objectId, type: e.type, label: typeLabel(e.type), colour: typeColour(e.type), width: edgeWidth(e.sourceCount), edge: e } });
    }
  };
  addAll(n);
  cy.getElementById(root).addClass('root');
  cy.on('tap', 'node', (ev) => expand(ev.target.id(), ev.target.data('name')));
  async function expand(id, name) {
    fill(panel, h('p', { role: 'status' }, `Expanding ${name}…`));
    try {
      const more = await gql(NEIGHBORHOOD, { id, depth: 1 });
      addAll(more.neighborhood);
      apply();
      layout();
      fill(panel, h('h3', {}, name), h('p', {}, link({ view: 'entity', id }, 'Open its page'), ' · ', link({ view: 'graph', id }, 'Centre the graph on it')));
    } catch (e) {
      fill(panel, failure(e));
    }
  }
  const showEdge = (ev) => {
    const d = ev.target.data('edge');
    const evd = d.relation.evidence[0];
    fill(panel, h('h3', {}, cy.getElementById(d.subjectId).data('name'), ' ', swatch(d.type), ' ', cy.getElementById(d.objectId).data('name')),
      h('p', { class: 'meta' }, `${dates(d)} · ${plural(d.sourceCount, 'source')} · ${plural(d.count, 'statement')} · confidence ${d.confidence}`),
      evd ? h('blockquote', {}, evd.sentence) : null, evd ? h('p', { class: 'cite' }, evd.article.title) : null);
  };
  cy.on('mouseover tap', 'edge', showEdge);
  layout();
  apply();
  window.geokgGraph = cy; // for the browser test and the console
}

// edgeWidth is a line's width in the graph: thicker when more distinct sources report it
// (1 source 1.5px, 2 sources 3px, 4 sources 4.5px, at most 8px).
function edgeWidth(sources) {
  return Math.min(1.5 + Math.log2(Math.max(sources, 1)) * 1.5, 8);
}

// graphSVG draws the visible graph as SVG from the node positions.
function graphSVG(cy) {
  const bb = cy.elements(':visible').boundingBox();
  const pad = 30;
  const out = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}`, 'font-family': 'sans-serif' });
  for (const e of cy.edges(':visible')) {
    const s = e.source().position(), t = e.target().position();
    out.append(svg('line', { x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: e.data('colour'), 'stroke-width': e.data('width') }),
      svg('text', { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2, 'font-size': 8, fill: '#444' }, e.data('label')));
  }
  for (const v of cy.nodes(':visible')) {
    const q = v.position();
    out.append(svg('circle', { cx: q.x, cy: q.y, r: 10, fill: '#556' }), svg('text', { x: q.x, y: q.y + 22, 'font-size': 11, 'text-anchor': 'middle' }, v.data('name')));
  }
  return new XMLSerializer().serializeToString(out);
}

// ---- paths ----------------------------------------------------------------

const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $hops: HopFilter, $evidence: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, hops: $hops, first: 10) {
    length nodes { id name kind } hops { ...Rel }
  }
}${REL}`;

async function pathsView(p) {
  const names = await gql(`query Names($a: ID!, $b: ID!, $hasA: Boolean!, $hasB: Boolean!) {
    a: entity(id: $a) @include(if: $hasA) { id name } b: entity(id: $b) @include(if: $hasB) { id name } }`,
  { a: p.get('a') || 'x:x', b: p.get('b') || 'x:x', hasA: Boolean(p.get('a')), hasB: Boolean(p.get('b')) });
  let a = names.a || null;
  let b = names.b || null;
  const hops = p.get('hops') || '3';
  const polarity = p.get('polarity') || 'all';
  const minSources = Math.max(Number(p.get('min') || 1), 1);
  const since = p.get('from') || '';
  const until = p.get('to') || '';
  const result = h('div', { class: 'paths', 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(form);
    go({ view: 'paths', a: a && a.id, b: b && b.id, hops: f.get('hops'), polarity: f.get('polarity') === 'all' ? '' : f.get('polarity'), min: f.get('min') === '1' ? '' : f.get('min'), from: f.get('from'), to: f.get('to') });
  } },
  picker('From', 'a', a, (e) => { a = e; }), picker('To', 'b', b, (e) => { b = e; }),
  h('label', {}, 'At most ', h('select', { name: 'hops' }, [1, 2, 3, 4].map((n) => h('option', { value: n, selected: String(n) === hops }, n))), ' hops'),
  h('label', {}, 'Links ', h('select', { name: 'polarity' }, [['all', 'of any kind'], ['conflict', 'hostile only'], ['cooperation', 'cooperative only']].map(([v, t]) => h('option', { value: v, selected: v === polarity }, t)))),
  h('label', {}, 'At least ', h('input', { type: 'number', name: 'min', min: 1, max: 20, value: minSources, class: 'narrow' }), ' source(s) per link'),
  h('label', {}, 'Reported from ', h('input', { type: 'date', name: 'from', value: since })),
  h('label', {}, 'to ', h('input', { type: 'date', name: 'to', value: until })),
  h('button', { type: 'submit' }, 'Find connections'));
  show(h('h1', {}, 'How are they connected?'), form, result);
  if (!a || !b) {
    result.append(empty('Pick two actors and press “Find connections”.'));
    return;
  }
  result.append(h('p', { class: 'loading', role: 'status' }, 'Looking for paths…'));
  // The API filters the hops (HopFilter): polarity, period and minimum number of sources.
  const filter = { polarity: polarity === 'all' ? null : polarity.toUpperCase(), from: since || null, to: until || null, minSources: minSources > 1 ? minSources : null };
  const data = await gql(PATHS, { from: a.id, to: b.id, maxHops: Number(hops), hops: filter, evidence: 2 });
  const paths = data.paths || [];
  document.title = `${a.name} – ${b.name} · geokg explorer`;
  fill(result,
    h('p', {}, `${paths.length} connection${paths.length === 1 ? '' : 's'} between ${a.name} and ${b.name}, shortest first. `,
      exportButtons(`paths-${a.id}-${b.id}`.replace(/:/g, '-'), () => paths, () => relationRows(paths.flatMap((pa) => pa.hops)))),
    paths.length ? paths.map((pa, i) => h('section', { class: 'path card' },
      h('h2', {}, `Path ${i + 1}: ${pa.length} hop${pa.length === 1 ? '' : 's'}`),
      h('p', { class: 'chain' }, pa.nodes.map((nd, j) => [j ? hopArrow(pa.hops[j - 1], pa.nodes[j - 1]) : null, entityLink(nd)])),
      h('ol', { class: 'hops' }, pa.hops.map((r) => h('li', {}, h('p', {}, entityLink(r.subject), ' ', swatch(r.type), ' ', entityLink(r.object), h('span', { class: 'meta' }, ` ${dates(r)} · `, h('span', { class: 'sources' }, plural(r.sourceCount, 'source')), ` · ${plural(r.articleCount, 'article')}`), r.contested ? [' ', h('span', { class: 'badge contested', title: `${r.object.name} denies or rejects this` }, 'contested')] : null),
        r.evidence.map((ev) => evidenceBlock(ev))))))) : empty(`No connection within ${hops} hops${polarity !== 'all' ? ` through ${polarity} links` : ''}${minSources > 1 ? ` reported by at least ${minSources} sources each` : ''}${since || until ? ` in the period ${since || '…'} – ${until || '…'}` : ''}.`),
  );
}

function hopArrow(r, prev) {
  const forward = r.subject.id === prev.id;
  return [' ', forward ? '—' : '←', swatch(r.type), forward ? '→' : '—', ' '];
}

// ---- timeline ---------------------------------------------------------------

const TIMELINE = `query Timeline($id: ID!, $other: ID, $b: ID!, $pair: Boolean!, $from: Date, $to: Date) {
  a: entity(id: $id) { id name }
  b: entity(id: $b) @include(if: $pair) { id name }
  timeline(id: $id, other: $other, from: $from, to: $to, first: 100) {
    items { date kind
      statement { type subject { id name } object { id name }
        evidence { sentence date confidence rule trigger path article { id title url published } } }
      event { type targets { id name } evidence }
    }
    pageInfo { hasNextPage }
  }
}`;

async function timelineView(p) {
  const data = await gql(TIMELINE, { id: p.get('id'), other: p.get('other') || null, b: p.get('other') || 'x:x', pair: Boolean(p.get('other')), from: p.get('from') || null, to: p.get('to') || null });
  if (!data.a) { show(empty(`No actor has the id ${p.get('id')}.`)); return; }
  const items = data.timeline.items;
  document.title = `Timeline of ${data.a.name} · geokg explorer`;
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(form);
    go({ view: 'timeline', id: p.get('id'), other: p.get('other'), from: f.get('from'), to: f.get('to') });
  } },
  h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
  h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
  h('button', { type: 'submit' }, 'Show'));
  show(
    h('h1', {}, 'Timeline of ', entityLink(data.a), data.b ? [' and ', entityLink(data.b)] : ''), form,
    h('p', {}, exportButtons(`timeline-${p.get('id')}`.replace(/:/g, '-'), () => items, () => [['date', 'kind', 'type', 'subject', 'object', 'sentence', 'article', 'url'],
      ...items.map((it) => it.statement ? [it.date, 'statement', it.statement.type, it.statement.subject.name, it.statement.object.name, it.statement.evidence.sentence, it.statement.evidence.article.title, it.statement.evidence.article.url]
        : [it.date, 'event', it.event.type, '', it.event.targets.map((t) => t.name).join('; '), it.event.evidence, '', ''])])),
    items.length ? h('ol', { class: 'timeline' }, items.map((it) => h('li', {},
      h('time', { datetime: it.date }, it.date),
      it.statement ? [h('p', {}, entityLink(it.statement.subject), ' ', swatch(it.statement.type), ' ', entityLink(it.statement.object)), evidenceBlock(it.statement.evidence)]
        : h('p', { class: 'event' }, `Event: ${it.event.type.toLowerCase()} targeting `, it.event.targets.map((t, i) => [i ? ', ' : '', entityLink(t)]), it.event.evidence ? ` — “${it.event.evidence}”` : '')))) : empty('No dated statement.'),
    data.timeline.pageInfo.hasNextPage ? h('p', { class: 'note' }, 'Only the first 100 items are shown.') : null,
  );
}

// ---- dashboard ----------------------------------------------------------------

async function dashboardView(p) {
  const from = p.get('from') || null;
  const to = p.get('to') || null;
  const pair = p.get('a') && p.get('b');
  const data = await gql(`query Dashboard($from: Date, $to: Date, $a: ID!, $b: ID!, $pair: Boolean!) {
    byType: relationCounts(filter: {from: $from, to: $to}, groupBy: TYPE, first: 30) { type count }
    byMonth: relationCounts(filter: {from: $from, to: $to}, groupBy: MONTH, first: 240) { month count }
    accusers: topActors(type: ACCUSES, direction: OUT, from: $from, to: $to, first: 5) { count entity { id name } }
    sanctioners: topActors(type: SANCTIONS, direction: OUT, from: $from, to: $to, first: 5) { count entity { id name } }
    dyad(a: $a, b: $b, from: $from, to: $to) @include(if: $pair) { a { id name } b { id name } total meanScore firstSeen lastSeen
      byType { type count } score { month score count } }
  }`, { from, to, a: p.get('a') || 'x:x', b: p.get('b') || 'x:y', pair: Boolean(pair) });
  let a = null;
  let b = null;
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(form);
    go({ view: 'dashboard', from: f.get('from'), to: f.get('to'), a: a ? a.id : p.get('a'), b: b ? b.id : p.get('b') });
  } },
  h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: from || '' })),
  h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: to || '' })),
  picker('Pair: first actor', 'a', data.dyad ? data.dyad.a : null, (e) => { a = e; }),
  picker('second actor', 'b', data.dyad ? data.dyad.b : null, (e) => { b = e; }),
  h('button', { type: 'submit' }, 'Show'));
  const actors = (title, list) => h('section', { class: 'card' }, h('h2', {}, title),
    list.length ? h('ol', {}, list.map((x) => h('li', {}, entityLink(x.entity), ` — ${x.count}`))) : empty('None in this period.'));
  const d = data.dyad;
  const period = `${from || 'start'}-${to || 'now'}`;
  const chart = (name, el) => h('div', { class: 'chart-block' }, el, chartExports(`${name}-${period}`, el));
  const rows = () => [['table', 'key', 'count', 'score'],
    ...data.byType.map((x) => ['by type', x.type, x.count, '']),
    ...data.byMonth.map((x) => ['by month', x.month, x.count, '']),
    ...data.accusers.map((x) => ['top accusers', x.entity.name, x.count, '']),
    ...data.sanctioners.map((x) => ['top sanctioners', x.entity.name, x.count, '']),
    ...(d ? [...d.byType.map((x) => ['pair by type', x.type, x.count, '']), ...d.score.map((x) => ['pair score by month', x.month, x.count, x.score])] : [])];
  show(
    h('h1', {}, 'Dashboard'), form,
    h('p', { class: 'actions' }, 'The data of this dashboard: ', exportButtons(`dashboard-${period}`, () => data, rows)),
    d ? h('section', { class: 'card pair' }, h('h2', {}, entityLink(d.a), ' and ', entityLink(d.b)),
      h('p', {}, `${d.total} statements between them${from || to ? ' in the period' : ''}, ${d.firstSeen || '?'} to ${d.lastSeen || '?'}; mean score ${d.meanScore.toFixed(1)} (−10 conflict … +10 cooperation). `,
        link({ view: 'timeline', id: d.a.id, other: d.b.id }, 'timeline of the pair')),
      // dyad(from, to) gives the pair's totals, types and monthly scores for the period.
      chart('pair-score', scoreChart(d.score)), chart('pair-types', bars(d.byType.map((x) => [typeLabel(x.type), x.count, typeColour(x.type)])))) : null,
    h('div', { class: 'grid' },
      h('section', { class: 'card' }, h('h2', {}, 'Statements by type'), chart('types', bars(data.byType.map((x) => [typeLabel(x.type), x.count, typeColour(x.type)])))),
      h('section', { class: 'card' }, h('h2', {}, 'Statements by month'), chart('months', bars(data.byMonth.map((x) => [x.month, x.count, '#4a5d7a'])))),
      actors('Top accusers', data.accusers), actors('Top sanctioners', data.sanctioners)),
  );
}

// bars is a horizontal bar chart in SVG.
function bars(rows) {
  if (!rows.length) return empty('No statement.');
  const max = Math.max(...rows.map((r) => r[1]));
  const w = 420, lh = 18;
  return svg('svg', { viewBox: `0 0 ${w} ${rows.length * lh + 4}`, class: 'chart', role: 'img', 'aria-label': rows.map((r) => `${r[0]} ${r[1]}`).join(', ') },
    rows.map((r, i) => [
      svg('text', { x: 0, y: i * lh + 13, 'font-size': 11 }, r[0]),
      svg('rect', { x: 150, y: i * lh + 3, width: Math.max(1, (r[1] / max) * (w - 190)), height: lh - 6, fill: r[2] }),
      svg('text', { x: 155 + (r[1] / max) * (w - 190), y: i * lh + 13, 'font-size': 11 }, r[1]),
    ]));
}

// scoreChart draws a pair's monthly cooperation-conflict score from -10 to +10.
function scoreChart(score) {
  if (!score.length) return empty('No scored statement (only structural ones, or undated).');
  const w = 420, ht = 160, left = 30, step = score.length > 1 ? (w - left - 10) / (score.length - 1) : 0;
  const y = (s) => 10 + ((10 - s) / 20) * (ht - 30);
  const pts = score.map((s, i) => [left + i * step, y(s.score)]);
  return svg('svg', { viewBox: `0 0 ${w} ${ht}`, class: 'chart', role: 'img', 'aria-label': `Score by month: ${score.map((s) => `${s.month} ${s.score}`).join(', ')}` },
    svg('line', { x1: left, x2: w, y1: y(0), y2: y(0), stroke: '#999', 'stroke-dasharray': '3 3' }),
    svg('text', { x: 0, y: y(10) + 4, 'font-size': 10 }, '+10'), svg('text', { x: 0, y: y(-10) + 4, 'font-size': 10 }, '−10'),
    svg('polyline', { points: pts.map((q) => q.join(',')).join(' '), fill: 'none', stroke: '#333', 'stroke-width': 1.5 }),
    score.map((s, i) => [svg('circle', { cx: pts[i][0], cy: pts[i][1], r: 4, fill: s.score < 0 ? '#c81e1e' : '#1964c8' }, svg('title', {}, `${s.month}: ${s.score} (${s.count} statements)`)),
      svg('text', { x: pts[i][0], y: ht - 4, 'font-size': 9, 'text-anchor': 'middle' }, s.month)]));
}

// ---- article page --------------------------------------------------------------

async function articleView(p) {
  const data = await gql(`query Article($id: ID!, $evidence: Int) {
    article(id: $id) { id title url published source text entities { id name kind }
      relations(first: 100) { totalCount edges { node { ...Rel evidence(first: $evidence) { id start end } } } } }
  }${REL}`, { id: p.get('id'), evidence: 8 });
  const a = data.article;
  if (!a) { show(empty(`No article has the id ${p.get('id')}.`)); return; }
  document.title = `${a.title || a.id} · geokg explorer`;
  const rels = a.relations.edges.map((x) => x.node);
  show(
    h('h1', {}, a.title || a.id),
    h('p', { class: 'meta' }, a.published || 'undated', a.source ? ` · ${a.source}` : '', ' · ', a.url ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.url) : 'no URL',
      exportButtons(`article-${a.id.slice(8, 20)}`, () => a, () => relationRows(rels))),
    h('h2', {}, 'Actors'), h('p', { class: 'entities' }, a.entities.map((e, i) => [i ? ', ' : '', entityLink(e)])),
    h('h2', {}, 'The article'),
    a.text
      ? [h('p', { class: 'note' }, 'Each sentence a relation was read from is highlighted, the word that triggered the reading in a darker shade; its button says what was read there and why.'),
        articleText(a.text, rels)]
      : h('p', { class: 'note' }, 'The text of this article was not stored (it was ingested before texts were kept; ingest it again).'),
    h('h2', {}, `What was read (${a.relations.totalCount} relations)`),
    rels.length ? h('ul', { class: 'relations' }, rels.map((r) => h('li', { class: 'relation' },
      h('p', {}, entityLink(r.subject), ' ', swatch(r.type), ' ', entityLink(r.object)),
      r.evidence.map((ev) => evidenceBlock(ev, true))))) : empty('No relation was read from this article.'),
  );
}

// articleText renders an article's text with each sentence that relations were read
// from highlighted where it stands (the evidence's start and end are byte offsets of
// the UTF-8 text), and a button that shows what was read there, with the rule, the
// trigger and the dependency path.
function articleText(text, rels) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const spans = new Map();
  for (const r of rels) {
    for (const ev of r.evidence) {
      if (!(ev.start >= 0 && ev.end > ev.start && ev.end <= bytes.length)) continue;
      const key = `${ev.start}-${ev.end}`;
      if (!spans.has(key)) spans.set(key, { start: ev.start, end: ev.end, items: [] });
      spans.get(key).items.push({ r, ev });
    }
  }
  const out = [];
  let at = 0;
  let n = 0;
  for (const s of [...spans.values()].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (s.start < at) continue; // sentences do not overlap; a stray range is left out
    out.push(dec.decode(bytes.subarray(at, s.start)));
    n += 1;
    const id = `read-${n}`;
    const sentence = dec.decode(bytes.subarray(s.start, s.end));
    const trigger = (s.items.find((x) => x.ev.trigger) || { ev: {} }).ev.trigger;
    const detail = h('span', { class: 'read-detail', id, hidden: true },
      s.items.map(({ r, ev }) => h('span', { class: 'read-item' },
        entityLink(r.subject), ' ', swatch(r.type), ' ', entityLink(r.object), ev.date ? ` (${ev.date})` : '',
        h('span', { class: 'why' },
          `rule ${ev.rule || 'not recorded'}`, ev.trigger ? ` · trigger “${ev.trigger}”` : '',
          ev.path ? ` · path ${ev.path}` : '', ` · confidence ${ev.confidence}`))));
    const button = h('button', { type: 'button', class: 'read-toggle', 'aria-expanded': 'false', 'aria-controls': id,
      title: 'What was read in this sentence, and why',
      onclick: () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        detail.hidden = !open;
      } }, plural(s.items.length, 'relation'));
    out.push(h('mark', { class: 'read' }, highlight(sentence, trigger)), button, detail);
    at = s.end;
  }
  out.push(dec.decode(bytes.subarray(at)));
  return h('div', { class: 'article-text' }, out);
}

// ---- articles -------------------------------------------------------------------

const ARTICLES = `query Articles($from: Date, $to: Date, $source: String, $after: String) {
  articles(from: $from, to: $to, source: $source, first: 50, after: $after) {
    items { id title url published source }
    pageInfo { hasNextPage endCursor }
  }
}`;

// articlesView lists the ingested articles, newest first, for a period and a source,
// 50 at a time with a button for more.
async function articlesView(p) {
  const vars = { from: p.get('from') || null, to: p.get('to') || null, source: p.get('source') || null, after: null };
  const data = await gql(ARTICLES, vars);
  const list = h('ol', { class: 'articles' });
  const more = h('p', {});
  const add = (page) => {
    append(list, page.items.map((a) => h('li', {}, link({ view: 'article', id: a.id }, a.title || a.id), h('span', { class: 'meta' }, ` ${a.published || 'undated'}`),
      a.source ? [' · ', link({ view: 'articles', from: p.get('from'), to: p.get('to'), source: a.source }, a.source)] : null)));
    fill(more, page.pageInfo.hasNextPage ? h('button', { type: 'button', class: 'more', onclick: async () => {
      fill(more, h('span', { class: 'loading', role: 'status' }, 'Loading more…'));
      try {
        add((await gql(ARTICLES, { ...vars, after: page.pageInfo.endCursor })).articles);
      } catch (e) {
        fill(more, failure(e));
      }
    } }, 'More articles') : null);
  };
  const form = h('form', { class: 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = new FormData(form);
    go({ view: 'articles', from: f.get('from'), to: f.get('to'), source: f.get('source') });
  } },
  h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: p.get('from') || '' })),
  h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: p.get('to') || '' })),
  h('label', {}, 'Source ', h('input', { type: 'text', name: 'source', value: p.get('source') || '', placeholder: 'e.g. reuters.com' })),
  h('button', { type: 'submit' }, 'Show'));
  document.title = 'Articles · geokg explorer';
  show(h('h1', {}, 'Articles'), form, data.articles.items.length ? [list, more] : empty('No article for these filters.'));
  add(data.articles);
}

// ---- router -------------------------------------------------------------------

const views = { home: homeView, entity: entityView, graph: graphView, paths: pathsView, timeline: timelineView, dashboard: dashboardView, article: articleView, articles: articlesView };

async function render() {
  const p = params();
  const name = views[p.get('view')] ? p.get('view') : 'home';
  document.title = 'geokg explorer';
  document.body.dataset.view = name;
  delete document.body.dataset.ready;
  loading(name === 'home' ? 'the overview' : `the ${name}`);
  try {
    await views[name](p);
  } catch (e) {
    show(failure(e));
  }
  document.body.dataset.ready = name;
}

combobox(document.getElementById('q'), document.getElementById('suggest'), (e) => {
  document.getElementById('q').value = '';
  go({ view: 'entity', id: e.id });
});
window.addEventListener('popstate', render);
for (const a of document.querySelectorAll('header nav a[href^="explore"]')) {
  a.addEventListener('click', (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    history.pushState(null, '', a.getAttribute('href'));
    render().then(focusView);
  });
}
render();
