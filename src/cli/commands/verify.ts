// tutor verify: checks the log; exit 1 on any break, naming the line, the event and what is wrong.
import type { Command } from 'commander';
import { IntegrityError, SilentFailure } from '../../core/errors.js';
import { resolveNow, resolveWorkspace, type Io } from '../runtime.js';

export function registerVerify(program: Command, io: Io): void {
  program
    .command('verify')
    .description('check the log: every line parses, ids unique, the chain unbroken, references valid, times sane')
    .option('--json', 'print the report as JSON')
    .option('--root <dir>', 'the workspace folder (default: nearest with memory/domain.json)')
    .action(async (flags: { json?: boolean; root?: string }) => {
      const { verifyWorkspace } = await import('../../app/verify.js');
      const report = await verifyWorkspace(resolveWorkspace(io, flags.root), resolveNow(io.env));
      const errors = report.findings.filter((f) => f.severity === 'error');
      if (flags.json) {
        // One JSON document, the report; the exit status says whether it verified.
        io.out(JSON.stringify(report, null, 2));
        if (!report.ok) throw new SilentFailure();
        return;
      }
      for (const f of report.findings) io.out(`line ${f.line}${f.id ? ` (${f.id})` : ''}: ${f.severity === 'error' ? 'ERROR' : 'note'}: ${f.message}`);
      const merges = report.forks > 0 ? `, ${report.forks} merge point(s)` : '';
      const checked = [
        report.history ? `${report.history.commits} commit(s) of its history` : 'no git history',
        report.acknowledged !== null ? `${report.acknowledged} acknowledged record(s)` : null,
      ].filter(Boolean).join(', ');
      io.out(report.ok ? `verified ${report.lines} line(s), ${report.events} event(s) against ${checked}: OK${merges}` : `verified ${report.lines} line(s) against ${checked}: ${errors.length} problem(s)${merges}`);
      if (!report.ok) {
        const first = errors[0];
        throw new IntegrityError(first?.line ?? 0, first?.id ?? null, `the log does not verify: ${errors.length} problem(s), first on line ${first?.line}: ${first?.message}`);
      }
    });
}
