// Quotations, searchable by speaker and by the words they contain.
import { api, el, route, filterForm, pager } from './dom.js';

export async function renderQuotes(page, _id, params) {
  page.append(el('h1', {}, 'Quotations'), filterForm('quotes', [
    { name: 'speaker', label: 'Speaker', placeholder: 'name or id' },
    { name: 'text', label: 'Words', placeholder: 'words in the quotation' },
  ], params));
  const result = await api('/quotes', { speaker: params.get('speaker'), text: params.get('text'), offset: params.get('offset'), limit: 100 });
  page.append(pager('quotes', null, params, result), el('ul', { class: 'quotes' }, result.items.map(quoteItem)));
}

/** One quotation: its words, who said them, and the article it is in, linked to its span. */
export function quoteItem(quote) {
  const speaker = quote.speaker
    ? el('a', { href: route('actor', quote.speaker.id) }, quote.speaker.name)
    : el('span', {}, quote.speakerText || 'unknown speaker');
  return el('li', { class: 'quote' },
    el('blockquote', { class: quote.direct ? 'direct' : 'indirect' }, quote.text),
    el('p', { class: 'attribution' }, '— ', speaker, quote.cue ? el('span', { class: 'muted' }, ` (${quote.cue})`) : null, ', ',
      el('a', { href: route('document', quote.documentId, { span: `${quote.start}-${quote.end}` }) }, quote.documentTitle || 'article ' + quote.documentId),
      [quote.outlet, quote.date].filter(Boolean).length ? el('span', { class: 'muted' }, ' · ' + [quote.outlet, quote.date].filter(Boolean).join(' · ')) : null));
}
