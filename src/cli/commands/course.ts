// tutor course check [FILE]: what `build` validates, plus the warnings a course author needs
// (issue: "tutor course check"). Exit 0 with no errors (warnings allowed), 1 with any. Writes nothing.
import { relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError, SilentFailure } from '../../core/errors.js';
import { resolveWorkspace, type Io } from '../runtime.js';

export function registerCourse(program: Command, io: Io): void {
  const course = program.command('course').description('work on the course itself (memory/domain.json)');
  course
    .command('check')
    .description('validate a course file as build does, and warn about what a course author misses')
    .argument('[file]', "a course file to check, e.g. before `tutor init --course FILE` (default: the workspace's memory/domain.json)")
    .option('--json', 'print the report as JSON')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (given: string | undefined, flags: { json?: boolean; root?: string }) => {
      const [{ checkCourseText, courseCheckJson, courseCheckOf, renderCourseCheck }, { readCourseText }] = await Promise.all([import('../../core/course-check.js'), import('../../store/domain-file.js')]);
      if (given !== undefined && flags.root !== undefined) {
        throw new InputError('--root', flags.root, 'either a FILE or --root DIR, not both (FILE is checked as it is, apart from any workspace)');
      }
      let path: string;
      let file: string;
      if (given !== undefined) {
        path = resolve(io.cwd, given);
        file = given;
      } else {
        const workspace = resolveWorkspace(io, flags.root);
        path = workspace.domain;
        file = relative(workspace.root, workspace.domain);
      }
      const read = readCourseText(path);
      const check = read.ok ? checkCourseText(read.text) : courseCheckOf(read.problem);
      const failed = check.errors.length > 0;
      if (flags.json) {
        // One JSON document, the report; the exit status says whether the course is valid.
        io.out(JSON.stringify(courseCheckJson(check, file), null, 2));
      } else {
        io.out(renderCourseCheck(check, file));
        if (failed) io.err(`tutor: ${file} is invalid (${check.errors.length} error${check.errors.length === 1 ? '' : 's'}, listed above); nothing can be recorded or built from it until they are fixed`);
      }
      if (failed) throw new SilentFailure();
    });
}
