
// src/render/map-layout.ts
var MAP_LAYOUT_VERSION = 1;
function mapLayoutInput(domain) {
  const graph = domain.concepts.map((c) => [c.id, c.name, c.module, c.prereqs]);
  return JSON.stringify({ version: MAP_LAYOUT_VERSION, modules: domain.modules.map((m) => m.id), graph });
}
var DAGRE_MAX_NODES = 400;
var DAGRE_MAX_LINKS = 2e3;
var tooLargeForDagre = (nodes, links) => nodes > DAGRE_MAX_NODES || links > DAGRE_MAX_LINKS;
function mapTooLargeForDagre(domain) {
  let links = 0;
  for (const c of domain.concepts) links += c.prereqs.length;
  return tooLargeForDagre(domain.conceptById.size, links);
}
var LINE_HEIGHT = 14;
var PAD_Y = 6;
var STATUS_LINES = 1;
function wrapName(name, width) {
  const lines = [];
  let line = "";
  for (const word of name.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      line = "";
      lines.push(`${rest.slice(0, width - 1)}-`);
      rest = rest.slice(width - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export {
  MAP_LAYOUT_VERSION,
  mapLayoutInput,
  tooLargeForDagre,
  mapTooLargeForDagre,
  LINE_HEIGHT,
  PAD_Y,
  STATUS_LINES,
  wrapName
};
