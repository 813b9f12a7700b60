// The actors one entity deals with most, drawn as a star: the entity in the middle, its partners around
// it, each line as thick as the number of events the two share.
import { svg, route } from './dom.js';

export function partnerNetwork(entity, partners) {
  const size = 360, middle = size / 2, radius = 130;
  const shown = partners.slice(0, 12);
  const most = Math.max(1, ...shown.map(p => p.events));
  const drawing = svg('svg', { viewBox: `0 0 ${size} ${size}`, class: 'network', role: 'img', 'aria-label': `Actors ${entity.name} interacts with most` });
  const lines = svg('g', { class: 'edges' });
  const nodes = svg('g', { class: 'nodes' });
  shown.forEach((partner, i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    const x = middle + radius * Math.cos(angle), y = middle + radius * Math.sin(angle);
    lines.append(svg('line', { x1: middle, y1: middle, x2: x, y2: y, 'stroke-width': 1 + 5 * partner.events / most },
      svg('title', {}, `${partner.entity.name}: ${partner.events} shared events`)));
    const anchor = x < middle - 5 ? 'end' : x > middle + 5 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -10 : anchor === 'start' ? 10 : 0, dy = anchor === 'middle' ? (y < middle ? -12 : 20) : 4;
    nodes.append(svg('a', { href: route('actor', partner.entity.id) },
      svg('circle', { cx: x, cy: y, r: 5 + 5 * partner.events / most, class: 'partner type-' + partner.entity.type }),
      svg('text', { x: x + dx, y: y + dy, 'text-anchor': anchor }, partner.entity.name)));
  });
  nodes.append(svg('circle', { cx: middle, cy: middle, r: 14, class: 'self' }),
    svg('text', { x: middle, y: middle + 32, 'text-anchor': 'middle', class: 'self-name' }, entity.name));
  drawing.append(lines, nodes);
  return drawing;
}
