// The timeline: archive events grouped by date, filtered by actor, type, country and dates.
import { api, el, route, actorLinks, filterForm, pager } from './dom.js';

const statuses = [['', 'any status'], ['asserted', 'asserted'], ['negated', 'negated'], ['claimed', 'claimed'], ['denied', 'denied'], ['hypothetical', 'hypothetical'], ['conditional', 'conditional'], ['future', 'future']];

export async function renderTimeline(page, _id, params) {
  const actors = await api('/entities', { limit: 200 });
  const names = el('datalist', { id: 'actor-names' }, actors.items.map(entity => el('option', { value: entity.name })));
  page.append(el('h1', {}, 'Timeline'), names, filterForm('timeline', [
    { name: 'actor', label: 'Actor', placeholder: 'name or id', list: 'actor-names' },
    { name: 'type', label: 'Type', placeholder: 'CONSULT or CAMEO 04' },
    { name: 'country', label: 'Country', placeholder: 'POL' },
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
    { name: 'status', label: 'Status', options: statuses },
  ], params));

  const result = await api('/events', {
    actor: params.get('actor'), type: params.get('type'), country: params.get('country'),
    from: params.get('from'), to: params.get('to'), status: params.get('status'),
    offset: params.get('offset'), limit: 200,
  });
  page.append(pager('timeline', null, params, result));
  const days = new Map();
  for (const event of result.items) {
    const day = event.date || 'undated';
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(event);
  }
  const ordered = [...days.keys()].sort((a, b) => (a === 'undated') - (b === 'undated') || a.localeCompare(b));
  const timeline = el('ol', { class: 'timeline' });
  for (const day of ordered) {
    timeline.append(el('li', { class: 'day' },
      el('h2', { class: 'date' }, el('time', { datetime: day === 'undated' ? null : day }, day)),
      el('ul', { class: 'events' }, days.get(day).map(eventCard))));
  }
  page.append(timeline);
}

/** One archive event: what, who to whom, how many sources, and the articles that report it. */
export function eventCard(event) {
  const mentions = el('ul', { class: 'mentions' }, event.mentions.map(mention =>
    el('li', {},
      el('a', { href: route('document', mention.documentId, { event: mention.localId }), class: 'source-link' }, mention.documentTitle || 'article ' + mention.documentId),
      mention.outlet ? el('span', { class: 'muted' }, ' · ' + mention.outlet) : null,
      el('q', { class: 'trigger-text' }, mention.trigger.text))));
  return el('li', { class: 'event', 'data-event': event.id },
    el('div', { class: 'event-head' },
      el('span', { class: 'badge type' }, event.type),
      event.cameo ? el('span', { class: 'badge cameo', title: 'CAMEO code' }, event.cameo) : null,
      event.mode ? el('span', { class: 'badge mode' }, event.mode) : null,
      event.status !== 'asserted' ? el('span', { class: 'badge status status-' + event.status }, event.status) : null,
      el('span', { class: 'counts muted' }, `${event.numSources} ${event.numSources === 1 ? 'source' : 'sources'} · ${event.numArticles} ${event.numArticles === 1 ? 'article' : 'articles'}`)),
    el('p', { class: 'actors' }, actorLinks(event.source), el('span', { class: 'arrow', 'aria-label': 'towards' }, ' → '), actorLinks(event.target),
      event.location ? el('span', { class: 'muted' }, ' in ', el('a', { href: route('actor', event.location.id) }, event.location.name)) : null),
    mentions);
}
