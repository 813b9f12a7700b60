// Full-text search over articles, quotations and claims.
import { api, el, route, filterForm, pager } from './dom.js';

export async function renderSearch(page, _id, params) {
  page.append(el('h1', {}, 'Search'), filterForm('search', [{ name: 'q', label: 'Words', type: 'search' }], params));
  if (!params.get('q')) return;
  const result = await api('/search', { q: params.get('q'), offset: params.get('offset'), limit: 50 });
  page.append(pager('search', null, params, result), el('ul', { class: 'hits' }, result.items.map(hit =>
    el('li', {},
      el('span', { class: 'badge' }, hit.kind), ' ',
      el('a', { href: route('document', hit.documentId) }, hit.documentTitle || 'article ' + hit.documentId),
      el('p', { class: 'snippet' }, snippet(hit.snippet))))));
}

/** The store marks matched words as [word]: those become <mark>, everything stays text. */
function snippet(text) {
  return text.split(/\[([^\[\]]*)\]/).map((piece, i) => i % 2 === 1 ? el('mark', { class: 'hit' }, piece) : piece);
}
