// Reading the commit history of the log for `tutor verify`, through simple-git. Kept apart from
// git.ts so that a record, which commits on every call, never loads simple-git (issue 8).
import { relative } from 'node:path';
import { simpleGit } from 'simple-git';
import { findGitDir } from './git.js';

/**
 * simple-git refuses, by default, environment variables that point git at other config, editors,
 * pagers or askpass helpers, to protect programs that pass untrusted input. Our arguments are
 * fixed; the environment is the learner's own, and a GIT_EDITOR in it must not stop the read.
 */
const LEARNER_ENVIRONMENT_IS_TRUSTED = {
  allowUnsafeAskPass: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeCredentialHelper: true,
  allowUnsafeEditor: true,
  allowUnsafePager: true,
  allowUnsafeTemplateDir: true,
};

/** The Evidence-Head trailer of the last commit that touched the log; null without git or commits. */
export async function readCommittedHead(root: string, evidencePath: string): Promise<{ head: string; commit: string } | null> {
  if (!findGitDir(root)) return null;
  try {
    const git = simpleGit({ baseDir: root, timeout: { block: 10_000 }, unsafe: LEARNER_ENVIRONMENT_IS_TRUSTED });
    const output = await git.raw(['log', '-1', '--format=%h%n%B', '--', relative(root, evidencePath)]);
    const [commit, ...body] = output.split('\n');
    const head = /^Evidence-Head: ([0-9a-f]{64})$/m.exec(body.join('\n'))?.[1];
    return head && commit ? { head, commit } : null;
  } catch {
    return null;
  }
}
