// Small helpers shared by the pages. Every piece of text from the archive reaches the page as a text node
// or an attribute value set through the DOM, never as HTML.

/** Creates an element: attributes (on* = listeners, class, anything else as an attribute) and children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Creates an SVG element with the same conventions as el. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
  }
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An address from the archive as a link target, only if it is http(s): never javascript: or data:. */
export function safeUrl(address) {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A route inside the UI, e.g. route('actor', 12) → #/actor/12, with query values that are set. */
export function route(page, id, params = {}) {
  let hash = '#/' + page + (id === undefined || id === null ? '' : '/' + encodeURIComponent(id));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(name, value);
  const text = query.toString();
  return text ? hash + '?' + text : hash;
}

/** Fetches /api/PATH with the query values that are set; a problem answer becomes an Error with its detail. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') query.set(name, value);
  const text = query.toString();
  const response = await fetch('/api' + path + (text ? '?' + text : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const details = body && body.errors ? Object.entries(body.errors).map(([k, v]) => k + ': ' + v.join(' ')).join('; ') : '';
    const message = (body && (body.detail || body.title)) || response.statusText || 'HTTP ' + response.status;
    throw new Error(details ? `${message} (${details})` : message);
  }
  return body;
}

/** Links to the entities of an event side, or a dash when the side is empty. */
export function actorLinks(entities) {
  if (!entities || entities.length === 0) return el('span', { class: 'muted' }, '—');
  const links = [];
  entities.forEach((entity, i) => {
    if (i > 0) links.push(', ');
    links.push(el('a', { href: route('actor', entity.id), class: 'actor' }, entity.name));
  });
  return el('span', {}, links);
}

export function errorBox(error) {
  return el('p', { class: 'error', role: 'alert' }, String(error.message || error));
}

/** A filter form whose values go into the page's hash, so that every filtered view has its own address. */
export function filterForm(page, fields, params) {
  const form = el('form', { class: 'filters', role: 'search' });
  for (const field of fields) {
    const input = field.options
      ? el('select', { name: field.name, id: 'f-' + field.name }, field.options.map(([value, label]) => el('option', { value, selected: params.get(field.name) === value }, label)))
      : el('input', { name: field.name, id: 'f-' + field.name, type: field.type || 'text', placeholder: field.placeholder || '', list: field.list || null, value: params.get(field.name) || '' });
    form.append(el('label', { for: 'f-' + field.name }, el('span', {}, field.label), input));
  }
  form.append(el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = {};
    for (const [name, value] of new FormData(form)) values[name] = String(value).trim();
    location.hash = route(page, null, values);
  });
  return form;
}

/** Previous / next links for a page of results. */
export function pager(page, id, params, result) {
  const nav = el('nav', { class: 'pager' });
  const offset = result.offset, limit = result.limit;
  const to = Math.min(offset + result.items.length, result.total);
  nav.append(el('span', { class: 'muted' }, result.total === 0 ? 'nothing found' : `${offset + 1}–${to} of ${result.total}`));
  const values = Object.fromEntries(params);
  if (offset > 0) nav.append(el('a', { href: route(page, id, { ...values, offset: Math.max(0, offset - limit) }) }, '← previous'));
  if (to < result.total) nav.append(el('a', { href: route(page, id, { ...values, offset: offset + limit }) }, 'next →'));
  return nav;
}

/** Outlet and date of an article, as a short muted line. */
export function sourceLine(item) {
  return [item.outlet, item.date].filter(Boolean).join(' · ');
}
