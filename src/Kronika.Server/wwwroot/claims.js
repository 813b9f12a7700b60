// Claims: each with the outlets that report it and any denial.
import { api, el, route, actorLinks, filterForm, pager } from './dom.js';

export async function renderClaims(page, _id, params) {
  page.append(el('h1', {}, 'Claims'), filterForm('claims', [
    { name: 'actor', label: 'Actor', placeholder: 'name or id' },
    { name: 'denied', label: 'Denied', options: [['', 'all claims'], ['true', 'denied'], ['false', 'not denied']] },
  ], params));
  const result = await api('/claims', { actor: params.get('actor'), denied: params.get('denied'), offset: params.get('offset'), limit: 100 });
  page.append(pager('claims', null, params, result), el('ul', { class: 'claims' }, result.items.map(claimItem)));
}

function claimItem(claim) {
  const reports = el('ul', { class: 'reports' }, claim.reports.map(report =>
    el('li', {},
      el('q', {}, report.text.text), ' — ', actorLinks(report.claimants), ', ',
      el('a', { href: route('document', report.documentId, { span: `${report.text.start}-${report.text.end}` }) }, report.documentTitle || 'article ' + report.documentId),
      el('span', { class: 'muted' }, ' ' + [report.outlet, report.date].filter(Boolean).join(' · ')))));
  const denials = claim.denials.length
    ? el('ul', { class: 'denials' }, claim.denials.map(denial =>
      el('li', {}, el('strong', {}, 'Denied by '), actorLinks(denial.deniedBy), ', ',
        el('a', { href: route('document', denial.documentId) }, denial.documentTitle || 'article ' + denial.documentId),
        el('span', { class: 'muted' }, ' ' + [denial.outlet, denial.date].filter(Boolean).join(' · ')))))
    : null;
  return el('li', { class: 'claim' + (claim.denials.length ? ' is-denied' : '') },
    el('p', { class: 'claim-text' }, claim.text),
    el('p', { class: 'muted' }, `${claim.reports.length} ${claim.reports.length === 1 ? 'report' : 'reports'}`, claim.denials.length ? `, ${claim.denials.length} denied` : ''),
    reports, denials);
}
