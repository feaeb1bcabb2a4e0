// Finds the study pages in site/ at render time (never hand-edited into the dashboard).
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { studyPageFrom, type StudyPage } from '../render/study-pages.js';

/** A <title> sits near the top; reading the first 64 KB keeps a huge page from slowing every log. */
const HEAD_BYTES = 64 * 1024;

/**
 * The first bytes of a regular file, or null for anything else. A FIFO named like a page would
 * block the read (and so every `tutor log`, `build`, and the server's re-render) until something
 * wrote to it: the open never waits (O_NONBLOCK) and the opened file's type is checked.
 */
function readHead(path: string): string | null {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return null;
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function readStudyPages(siteDir: string): StudyPage[] {
  if (!existsSync(siteDir)) return [];
  return readdirSync(siteDir)
    .filter((name) => /\.html$/i.test(name) && name !== 'index.html' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(siteDir, name);
      try {
        // Checked before opening too: nothing but a regular file (or a link to one) is opened.
        if (!statSync(path).isFile()) return [];
        const head = readHead(path);
        return head === null ? [] : [studyPageFrom(name, head)];
      } catch {
        return [];
      }
    });
}
