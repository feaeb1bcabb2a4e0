// Reading memory/domain.json from disk; parsing and validation are the core's (parseDomain).
import { relative } from 'node:path';
import { MAX_DOMAIN_BYTES, parseDomain, type Domain } from '../core/domain.js';
import { CurriculumError } from '../core/errors.js';
import { readRegularFile, regularFileSize } from './regular-file.js';
import type { Workspace } from './workspace.js';

export function readDomain(workspace: Workspace): Domain {
  const file = relative(workspace.root, workspace.domain) || workspace.domain;
  const size = regularFileSize(workspace.domain);
  if (size === null) {
    throw new CurriculumError(file, [{ path: '', message: 'the file does not exist (every workspace needs its curriculum)' }]);
  }
  if (size > MAX_DOMAIN_BYTES) {
    throw new CurriculumError(file, [{ path: '', message: `the file is ${size} bytes; a curriculum may be at most ${MAX_DOMAIN_BYTES} bytes` }]);
  }
  return parseDomain((readRegularFile(workspace.domain) as Buffer).toString('utf8'), file);
}
