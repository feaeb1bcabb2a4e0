// Study pages the tutor writes into site/: linked from the dashboard by their <title> (issue 3).

export interface StudyPage {
  /** Relative link from site/index.html. */
  href: string;
  title: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of a page's first <title>, whitespace collapsed; null when it has none. */
export function parseHtmlTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!match?.[1]) return null;
  const title = decodeEntities(match[1]).replace(/\s+/g, ' ').trim();
  return title.length > 0 ? title.slice(0, 200) : null;
}

/** A study page from its file name and content; the file name stands in for a missing title. */
export function studyPageFrom(fileName: string, html: string): StudyPage {
  return { href: `./${encodeURIComponent(fileName)}`, title: parseHtmlTitle(html) ?? fileName.replace(/\.html$/i, '') };
}
