// Each concept's HTML from the last render of the dashboard (render/dashboard.ts ConceptFragments),
// kept between records (issue 17): a record renders again only the concepts whose view changed.
// Kept in .git/tutor/ beside the journal (no git status shows it, no commit takes it), or in
// site/.dashboard-fragments.json outside git (a hidden file: never served). Only a cache: a missing,
// damaged or foreign one means every concept is rendered, and the page is the same either way.
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import { gitSideFiles } from './journal.js';
import { readRegularFile } from './regular-file.js';
import type { Workspace } from './workspace.js';

const FRAGMENTS_VERSION = 1;
/** Past this the file is not read: 76 concepts take about 200 KB. */
const MAX_FRAGMENTS_BYTES = 16 * 1024 * 1024;

export function dashboardFragmentsFile(workspace: Workspace): string {
  return gitSideFiles(workspace.root, 'dashboard-fragments.json')?.[0] ?? join(workspace.site, '.dashboard-fragments.json');
}

/** The kept fragments, by key; empty when there are none or the file is not one this version wrote. */
export function readDashboardFragments(file: string): Map<string, string> {
  try {
    const bytes = readRegularFile(file);
    if (bytes === null || bytes.length > MAX_FRAGMENTS_BYTES) return new Map();
    const parsed = JSON.parse(bytes.toString('utf8')) as { version?: unknown; fragments?: unknown };
    if (parsed.version !== FRAGMENTS_VERSION || typeof parsed.fragments !== 'object' || parsed.fragments === null || Array.isArray(parsed.fragments)) return new Map();
    const entries = Object.entries(parsed.fragments as Record<string, unknown>);
    return entries.every(([, html]) => typeof html === 'string') ? new Map(entries as [string, string][]) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps this render's fragments for the next one; rewritten only when they differ from what was read. Never throws. */
export function writeDashboardFragments(file: string, fragments: ReadonlyMap<string, string>, previous: ReadonlyMap<string, string>): void {
  if (fragments.size === previous.size && [...fragments.keys()].every((key) => previous.has(key))) return;
  try {
    writeFileAtomic(file, JSON.stringify({ version: FRAGMENTS_VERSION, fragments: Object.fromEntries(fragments) }), { durable: false });
  } catch {
    // Only a cache: the next render renders every concept.
  }
}
