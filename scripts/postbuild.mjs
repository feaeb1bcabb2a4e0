// tsc does not set the executable bit; `npx tutor` and the bin link need it.
import { chmodSync } from 'node:fs';
chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
