// The router: the part of the address after # names the page (#/timeline, #/actor/12, #/document/3…)
// and its filters, so that every view can be bookmarked and the browser's back button works.
import { api, el, errorBox } from './dom.js';
import { renderTimeline } from './timeline.js';
import { renderActor } from './actor.js';
import { renderQuotes } from './quotes.js';
import { renderClaims } from './claims.js';
import { renderDocuments, renderDocument } from './documents.js';
import { renderSearch } from './search.js';

const pages = {
  timeline: renderTimeline,
  actor: renderActor,
  quotes: renderQuotes,
  claims: renderClaims,
  documents: renderDocuments,
  document: renderDocument,
  search: renderSearch,
};

let current = 0;

async function show() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [name, id] = path.split('/').map(part => decodeURIComponent(part || ''));
  const page = pages[name] ? name : 'timeline';
  const params = new URLSearchParams(query);
  const main = document.getElementById('page');
  for (const link of document.querySelectorAll('nav a[data-page]')) link.classList.toggle('active', link.dataset.page === page || (page === 'document' && link.dataset.page === 'documents'));
  const view = ++current;
  const content = el('div', { class: 'page page-' + page });
  try {
    await pages[page](content, id, params);
  } catch (error) {
    content.append(errorBox(error));
  }
  // A slower, older view must not replace the one the user asked for since.
  if (view === current) {
    main.replaceChildren(content);
    main.dispatchEvent(new CustomEvent('rendered'));
    document.body.dataset.rendered = location.hash; // tests wait for this
  }
}

async function showStats() {
  try {
    const stats = await api('/stats');
    const dates = stats.firstDate ? `, ${stats.firstDate} – ${stats.lastDate}` : '';
    document.getElementById('stats').textContent =
      `${stats.documents} articles from ${stats.outlets} outlets · ${stats.events} events · ${stats.entities} entities · ${stats.quotes} quotations · ${stats.claims} claims${dates}`;
  } catch (error) {
    document.getElementById('stats').textContent = String(error.message || error);
  }
}

window.addEventListener('hashchange', show);
show();
showStats();
