// The stored articles: a list, and one article with its facts highlighted where the text says them.
import { api, el, route, safeUrl, filterForm, pager } from './dom.js';

export async function renderDocuments(page, _id, params) {
  page.append(el('h1', {}, 'Documents'), filterForm('documents', [
    { name: 'outlet', label: 'Outlet' },
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
  ], params));
  const result = await api('/documents', { outlet: params.get('outlet'), from: params.get('from'), to: params.get('to'), offset: params.get('offset'), limit: 100 });
  const rows = result.items.map(doc => el('tr', {},
    el('td', {}, doc.date || ''),
    el('td', {}, el('a', { href: route('document', doc.id) }, doc.title || doc.origin)),
    el('td', {}, doc.outlet || ''),
    el('td', { class: 'number' }, doc.entities), el('td', { class: 'number' }, doc.events), el('td', { class: 'number' }, doc.quotes)));
  page.append(pager('documents', null, params, result), el('div', { class: 'table-wrap' }, el('table', { class: 'documents' },
    el('thead', {}, el('tr', {}, ['Date', 'Title', 'Outlet', 'Entities', 'Events', 'Quotes'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows))));
}

/** Every span of the extraction as {start, end, kind, key, label}; key names the fact it belongs to. */
function spansOf(extraction) {
  const spans = [];
  for (const entity of extraction.entities) {
    for (const mention of entity.mentions) spans.push({ start: mention.start, end: mention.end, kind: 'entity', key: 'entity-' + entity.id, type: entity.type, label: `${entity.type}: ${entity.name}` });
  }
  for (const time of extraction.times) spans.push({ start: time.start, end: time.end, kind: 'time', key: 'time-' + time.id, label: `time: ${time.value || time.text}` });
  for (const quote of extraction.quotes) spans.push({ start: quote.start, end: quote.end, kind: 'quote', key: 'quote-' + quote.id, label: 'quotation' });
  for (const event of extraction.events) spans.push({ start: event.trigger.start, end: event.trigger.end, kind: 'trigger', key: 'event-' + event.id, label: `event: ${event.type}${event.cameo ? ' (' + event.cameo + ')' : ''}` });
  return spans;
}

const safeKey = key => key.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * The text cut at every span boundary: each piece is plain text, or a <mark> carrying the kinds and facts
 * of every span covering it, so that overlapping spans (a name inside a quotation) all show. An empty
 * anchor marks where each fact starts, for the side list to scroll to.
 */
function highlightedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    if (span.start >= 0 && span.end <= text.length && span.start < span.end) cuts.add(span.start).add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const span of spans) if (!starts.has(span.start) || !starts.get(span.start).includes(span.key)) starts.set(span.start, [...(starts.get(span.start) || []), span.key]);
  const container = el('div', { class: 'article-text' });
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    for (const key of starts.get(from) || []) {
      if (anchored.has(key)) continue; // a fact's first mention is where the list sends the reader
      anchored.add(key);
      container.append(el('span', { class: 'anchor', id: 'at-' + safeKey(key) }));
    }
    const covering = spans.filter(span => span.start <= from && span.end >= to);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      container.append(piece);
      continue;
    }
    const kinds = [...new Set(covering.map(span => 'k-' + span.kind))];
    const facts = covering.map(span => 'f-' + safeKey(span.key));
    const entity = covering.find(span => span.kind === 'entity');
    container.append(el('mark', {
      class: ['hl', ...kinds, ...facts].join(' '),
      'data-type': entity ? entity.type : null,
      title: [...new Set(covering.map(span => span.label))].join('\n'),
    }, piece));
  }
  return container;
}

/** Scrolls to a fact's first span and makes all its spans flash. */
function focusFact(key) {
  const anchor = document.getElementById('at-' + safeKey(key));
  if (anchor) anchor.scrollIntoView({ behavior: 'smooth', block: 'center' });
  for (const mark of document.querySelectorAll('.flash')) mark.classList.remove('flash');
  for (const mark of document.querySelectorAll('mark.f-' + safeKey(key))) mark.classList.add('flash');
}

function factButton(key, ...label) {
  return el('button', { type: 'button', class: 'fact', 'data-fact': key, onclick: () => focusFact(key) }, ...label);
}

function factList(extraction) {
  const names = new Map(extraction.entities.map(entity => [entity.id, entity.name]));
  const who = ids => ids.map(id => names.get(id) || id).join(', ') || '—';
  const section = (title, kind, items) => items.length === 0 ? null
    : el('section', { class: 'facts-' + kind }, el('h2', {}, `${title} (${items.length})`), el('ul', {}, items.map(item => el('li', {}, item))));
  return el('aside', { class: 'fact-list' },
    el('p', { class: 'legend' }, ['entity', 'time', 'quote', 'trigger'].map(kind => el('mark', { class: 'hl k-' + kind }, { entity: 'entity', time: 'time', quote: 'quotation', trigger: 'event trigger' }[kind]))),
    section('Events', 'events', extraction.events.map(event => factButton('event-' + event.id,
      el('span', { class: 'badge type' }, event.type), event.cameo ? el('span', { class: 'badge cameo' }, event.cameo) : null,
      ' ', el('q', {}, event.trigger.text), el('span', { class: 'muted' }, ` ${who(event.source)} → ${who(event.target)}${event.date ? ' · ' + event.date : ''}`)))),
    section('Entities', 'entities', extraction.entities.map(entity => factButton('entity-' + entity.id,
      el('span', { class: 'badge' }, entity.type), ' ', entity.name, el('span', { class: 'muted' }, ` ×${entity.mentions.length}`)))),
    section('Times', 'times', extraction.times.map(time => factButton('time-' + time.id, time.text, time.value ? el('span', { class: 'muted' }, ' = ' + time.value) : null))),
    section('Quotations', 'quotes', extraction.quotes.map(quote => factButton('quote-' + quote.id,
      el('span', { class: 'muted' }, (names.get(quote.speaker) || quote.speakerText || 'unknown') + ': '), quote.text.length > 90 ? quote.text.slice(0, 90) + '…' : quote.text))));
}

export async function renderDocument(page, id, params) {
  const stored = await api('/documents/' + encodeURIComponent(id));
  const summary = stored.summary, extraction = stored.extraction;
  const link = safeUrl(summary.url);
  page.append(
    el('h1', {}, summary.title || summary.origin),
    el('p', { class: 'muted' }, [summary.outlet, summary.date].filter(Boolean).join(' · '), link ? [' · ', el('a', { href: link, rel: 'noopener noreferrer nofollow' }, 'original')] : null),
    el('div', { class: 'document' }, highlightedText(stored.text, spansOf(extraction)), factList(extraction)));

  // Arriving from the timeline (?event=) or a quotation or claim (?span=): show where it is said.
  const event = params.get('event');
  const span = params.get('span');
  let key = event ? 'event-' + event : null;
  if (!key && span) {
    const [start, end] = span.split('-').map(Number);
    const found = spansOf(extraction).find(s => s.start === start && s.end === end) || spansOf(extraction).find(s => s.start >= start && s.end <= end);
    key = found ? found.key : null;
  }
  if (key) document.getElementById('page').addEventListener('rendered', () => focusFact(key), { once: true });
}
