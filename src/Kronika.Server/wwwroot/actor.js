// An actor's record: who it is, the actors it deals with most, its events on either side, its quotations.
import { api, el, route } from './dom.js';
import { eventCard } from './timeline.js';
import { partnerNetwork } from './network.js';
import { quoteItem } from './quotes.js';

export async function renderActor(page, id) {
  const record = await api('/entities/' + encodeURIComponent(id));
  const entity = record.entity;
  page.append(
    el('h1', {}, entity.name),
    el('p', { class: 'facts' },
      el('span', { class: 'badge' }, entity.type),
      entity.country ? el('span', { class: 'badge' }, entity.country) : null,
      entity.actor ? el('span', { class: 'badge', title: 'CAMEO actor code' }, entity.actor) : null,
      entity.knowledgeId ? el('span', { class: 'muted' }, ' ' + entity.knowledgeId) : null,
      el('span', { class: 'muted' }, ` · ${entity.mentions} mentions in ${entity.documents} articles · ${entity.events} events`)));
  if (record.names.length > 1) page.append(el('p', {}, el('strong', {}, 'Also called: '), record.names.filter(n => n !== entity.name).join(', ')));
  if (record.roles.length > 0) page.append(el('p', {}, el('strong', {}, 'Roles: '), record.roles.join(', ')));

  const [events, quotes] = await Promise.all([
    api('/events', { actor: String(entity.id), limit: 500 }),
    api('/quotes', { speaker: String(entity.id), limit: 200 }),
  ]);
  const onSide = side => events.items.filter(event => event[side].some(e => e.id === entity.id));
  const columns = el('div', { class: 'columns' });
  if (record.partners.length > 0) {
    columns.append(el('section', { class: 'partners' }, el('h2', {}, 'Deals most with'), partnerNetwork(entity, record.partners),
      el('ol', { class: 'partner-list' }, record.partners.slice(0, 12).map(p => el('li', {}, el('a', { href: route('actor', p.entity.id) }, p.entity.name), el('span', { class: 'muted' }, ` · ${p.events} events`))))));
  }
  columns.append(el('section', {}, el('h2', {}, 'Quotations'),
    quotes.items.length ? el('ul', { class: 'quotes' }, quotes.items.map(quoteItem)) : el('p', { class: 'muted' }, 'None.')));
  page.append(columns);
  for (const [side, title] of [['source', 'Its actions'], ['target', 'Actions towards it']]) {
    const list = onSide(side);
    page.append(el('section', { class: 'side' }, el('h2', {}, `${title} (${list.length})`),
      list.length ? el('ul', { class: 'events' }, list.map(eventCard)) : el('p', { class: 'muted' }, 'None.')));
  }
  page.append(el('p', {}, el('a', { href: route('timeline', null, { actor: entity.name }) }, 'On the timeline →')));
}
