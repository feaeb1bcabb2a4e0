// Opening the workspace's own files as what they claim to be (issue 14). The workspace is a git
// repository a learner clones and pulls, so anything in it may be planted: git checks symlinks
// out, and a FIFO blocks any reader forever. The log, its quarantine file, the curriculum and the
// journal are opened without following a symlink and without blocking, and must be regular files.
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

/** A workspace file that is a symlink, FIFO, socket, device or folder: refused, naming the path. */
export class UnsafeFileError extends Error {
  override readonly name = 'UnsafeFileError';
  constructor(
    readonly path: string,
    what: string,
  ) {
    super(`${path} is ${what}, not a regular file: refused (tutor never follows or waits on such a file; remove it, and \`git checkout\` the real one if it was planted)`);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * Opens `path` (no symlink followed, never blocking) and checks it is a regular file; the caller
 * closes the descriptor. Null when it does not exist and `create` is not given.
 */
export function openRegular(path: string, mode: 'read' | 'append' | 'update'): number | null {
  const flags =
    constants.O_NOFOLLOW |
    constants.O_NONBLOCK |
    (mode === 'read' ? constants.O_RDONLY : mode === 'append' ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT : constants.O_RDWR);
  let fd: number;
  try {
    fd = openSync(path, flags, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && mode !== 'append') return null;
    if (code === 'ELOOP') throw new UnsafeFileError(path, 'a symbolic link');
    if (code === 'ENXIO') throw new UnsafeFileError(path, 'a FIFO or socket');
    if (code === 'EISDIR') throw new UnsafeFileError(path, 'a folder');
    (error as NodeJS.ErrnoException).path ??= path;
    throw error;
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw new UnsafeFileError(path, kindOf(stats));
  }
  return fd;
}

/** The whole file, or null when it does not exist; refused when it is not a regular file. */
export function readRegularFile(path: string): Buffer | null {
  const fd = openRegular(path, 'read');
  if (fd === null) return null;
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The size of a regular file, or null when it does not exist. */
export function regularFileSize(path: string): number | null {
  const fd = openRegular(path, 'read');
  if (fd === null) return null;
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}
