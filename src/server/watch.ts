// Watches the workspace and calls back once per burst of changes (a `tutor log` touches four files).
import { watch, type FSWatcher } from 'chokidar';
import { basename } from 'node:path';

export interface BurstWatcher {
  close: () => Promise<void>;
}

/** Our own lock and temp files are noise; everything else in memory/ and site/ may change the page. */
function isNoise(path: string): boolean {
  const name = basename(path);
  return name === '.tutor.lock' || name.startsWith('.tutor.lock') || /^\..*\.tmp-/.test(name) || name.endsWith('~') || name.endsWith('.swp');
}

export function watchBursts(paths: readonly string[], onBurst: () => void, quietMs = 80): BurstWatcher {
  let timer: NodeJS.Timeout | null = null;
  const watcher: FSWatcher = watch([...paths], { ignoreInitial: true, ignored: (path) => isNoise(path), depth: 2 });
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onBurst();
    }, quietMs);
  };
  watcher.on('all', schedule);
  watcher.on('error', () => undefined);
  return {
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
