// Runs one measured task in its own process and reports wall time and peak memory (maxRSS) as JSON.
// Used by bench.mjs: `node bench-child.mjs transcript FILE OUT` or `node bench-child.mjs readlines FILE`.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [task, file, out] = process.argv.slice(2);
const started = performance.now();
if (task === 'transcript') {
  const { main } = await import(new URL('../dist/bundle/main.js', import.meta.url).href);
  const quiet = { out: () => undefined, err: (t) => process.stderr.write(`${t}\n`), env: { ...process.env, TZ: 'UTC' }, cwd: process.cwd() };
  const code = await main(['transcript', file, '--out', out], quiet);
  if (code !== 0) process.exit(code);
} else if (task === 'readlines') {
  // The floor: stream the same file line by line and look at every line, keeping nothing.
  let lines = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) if (line.length > 0) lines += 1;
  if (lines === 0) process.exit(1);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
