// Run by `npm install` (prepare): defines the merge driver .gitattributes names for derived files,
// in this repository (or in the one given as an argument). Derived files keep "ours" in a merge;
// `tutor build` regenerates them. Git keeps drivers in .git/config, which is not versioned.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = resolve(process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const git = (...args) => execFileSync('git', ['-C', target, ...args], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
try {
  git('rev-parse', '--git-dir');
} catch {
  process.exit(0); // not a git repository (or no git): nothing to configure
}
git('config', 'merge.tutor-derived.name', 'tutor derived file: keep ours, regenerate with `tutor build`');
git('config', 'merge.tutor-derived.driver', 'true');
