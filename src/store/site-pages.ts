// Finds the study pages in site/ at render time (never hand-edited into the dashboard).
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { studyPageFrom, type StudyPage } from '../render/study-pages.js';

/** A <title> sits near the top; reading the first 64 KB keeps a huge page from slowing every log. */
const HEAD_BYTES = 64 * 1024;

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
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
        return statSync(path).isFile() ? [studyPageFrom(name, readHead(path))] : [];
      } catch {
        return [];
      }
    });
}
