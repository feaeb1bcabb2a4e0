// The prerequisite map's SVG, written out directly rather than through a template: it has a box
// and two or three lines of text per concept, twice on the page (the module's neighbourhood and
// the whole course), and a template's per-node helpers cost the record path more than the rest
// of the page together. Every name goes through the same escaping as the templates.
import type { PrereqMapView } from './charts.js';
import { escapeExpression as esc } from './handlebars.js';

const ARROW = 'viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto"';

export function prereqSvg(map: PrereqMapView, id: string): string {
  const out: string[] = [
    `<svg width="${map.svgWidth}" height="${map.svgHeight}" viewBox="0 0 ${map.svgWidth} ${map.svgHeight}" role="img" aria-label="Prerequisite graph of ${map.nodes.length} concepts">`,
    `<defs><marker id="arrow-${id}" ${ARROW}><path d="M0,0 L8,4 L0,8 z" fill="#6e7781"/></marker><marker id="arrow-gap-${id}" ${ARROW}><path d="M0,0 L8,4 L0,8 z" fill="#cf222e"/></marker></defs>`,
  ];
  for (const e of map.edges) {
    out.push(
      e.gap
        ? `<path d="${e.d}" fill="none" stroke="#cf222e" stroke-opacity="0.95" stroke-width="1.2" marker-end="url(#arrow-gap-${id})"/>`
        : `<path d="${e.d}" fill="none" stroke="#8c959f" stroke-opacity="0.6" stroke-width="1.2" marker-end="url(#arrow-${id})"/>`,
    );
  }
  for (const n of map.nodes) {
    let node = `<g class="map-node"><title>${esc(n.title)}</title><rect x="${n.x}" y="${n.y}" width="${n.boxWidth}" height="${n.boxHeight}" rx="5" fill="${n.fill}" stroke="${n.stroke}" stroke-width="${n.strokeWidth}"${n.dashed ? ' stroke-dasharray="4 3"' : ''}/>`;
    for (const line of n.lines) node += `<text x="${line.x}" y="${line.y}" font-size="11" fill="${line.status ? '#424a53' : '#1f2328'}">${esc(line.text)}</text>`;
    out.push(`${node}</g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
