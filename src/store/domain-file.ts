// Reading memory/domain.json from disk; parsing and validation are the core's (parseDomain).
import { relative } from 'node:path';
import { describeCurriculumRecovery, type CommittedCourse } from '../core/course-check.js';
import { MAX_DOMAIN_BYTES, parseDomain, parseDomainJson, validateDomain, type Domain } from '../core/domain.js';
import { CurriculumError, type CurriculumProblem } from '../core/errors.js';
import { readCommittedFile } from './git.js';
import { readRegularFile, regularFileSize } from './regular-file.js';
import type { Workspace } from './workspace.js';

const tooLarge = (size: number) => ({ ok: false, problem: { path: '', message: `the file is ${size} bytes; a curriculum may be at most ${MAX_DOMAIN_BYTES} bytes` } }) as const;

/** A course file's text, unvalidated (course check reports every problem), or why it cannot be read. */
export function readCourseText(path: string): { ok: true; text: string } | { ok: false; problem: CurriculumProblem } {
  const size = regularFileSize(path);
  if (size === null) return { ok: false, problem: { path: '', message: 'the file does not exist' } };
  if (size > MAX_DOMAIN_BYTES) return tooLarge(size);
  return { ok: true, text: (readRegularFile(path) as Buffer).toString('utf8') };
}

export function readDomain(workspace: Workspace): Domain {
  return validateCourse(workspace, readCourseText(workspace.domain));
}

/** The curriculum from bytes already read from memory/domain.json (curriculum-cache.ts validates what it digested). */
export function domainFromBytes(workspace: Workspace, bytes: Buffer): Domain {
  return validateCourse(workspace, bytes.length > MAX_DOMAIN_BYTES ? tooLarge(bytes.length) : { ok: true, text: bytes.toString('utf8') });
}

function validateCourse(workspace: Workspace, read: ReturnType<typeof readCourseText>): Domain {
  const file = relative(workspace.root, workspace.domain) || workspace.domain;
  try {
    if (!read.ok) throw new CurriculumError(file, [read.problem]);
    return parseDomain(read.text, file);
  } catch (error) {
    if (!(error instanceof CurriculumError)) throw error;
    // Mid-session, a broken course file refuses every command: say exactly how to get back.
    throw new CurriculumError(error.file, error.problems, describeCurriculumRecovery(committedCourse(workspace, file), gitFor(workspace.root), file));
  }
}

function committedCourse(workspace: Workspace, file: string): CommittedCourse {
  const committed = readCommittedFile(workspace.root, file);
  if (committed === null) return { kind: 'unknown' };
  if (committed.kind !== 'committed') return committed;
  const json = parseDomainJson(committed.text);
  return { kind: 'committed', staged: committed.staged, valid: json.ok && validateDomain(json.raw).domain !== null };
}

/** git as the person types it from where they ran tutor: plain in the workspace, `git -C DIR` elsewhere. */
function gitFor(root: string): string {
  if (relative(process.cwd(), root) === '') return 'git';
  return `git -C ${/^[\w./@:+-]+$/.test(root) ? root : `'${root.replace(/'/g, `'\\''`)}'`}`;
}
