// Reading memory/domain.json from disk; parsing and validation are the core's (parseDomain).
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { MAX_DOMAIN_BYTES, parseDomain, type Domain } from '../core/domain.js';
import { CurriculumError } from '../core/errors.js';
import type { Workspace } from './workspace.js';

export function readDomain(workspace: Workspace): Domain {
  const file = relative(workspace.root, workspace.domain) || workspace.domain;
  let size: number;
  try {
    size = statSync(workspace.domain).size;
  } catch {
    throw new CurriculumError(file, [{ path: '', message: 'the file does not exist (every workspace needs its curriculum)' }]);
  }
  if (size > MAX_DOMAIN_BYTES) {
    throw new CurriculumError(file, [{ path: '', message: `the file is ${size} bytes; a curriculum may be at most ${MAX_DOMAIN_BYTES} bytes` }]);
  }
  return parseDomain(readFileSync(workspace.domain, 'utf8'), file);
}
