
// src/store/regular-file.ts
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
var UnsafeFileError = class extends Error {
  constructor(path, what) {
    super(`${path} is ${what}, not a regular file: refused (tutor never follows or waits on such a file; remove it, and \`git checkout\` the real one if it was planted)`);
    this.path = path;
  }
  name = "UnsafeFileError";
};
function kindOf(stats) {
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isDirectory()) return "a folder";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}
function openRegular(path, mode) {
  const flags = constants.O_NOFOLLOW | constants.O_NONBLOCK | (mode === "read" ? constants.O_RDONLY : mode === "append" ? constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT : constants.O_RDWR);
  let fd;
  try {
    fd = openSync(path, flags, 420);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" && mode !== "append") return null;
    if (code === "ELOOP") throw new UnsafeFileError(path, "a symbolic link");
    if (code === "ENXIO") throw new UnsafeFileError(path, "a FIFO or socket");
    if (code === "EISDIR") throw new UnsafeFileError(path, "a folder");
    error.path ??= path;
    throw error;
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    throw new UnsafeFileError(path, kindOf(stats));
  }
  return fd;
}
function readRegularFile(path) {
  const fd = openRegular(path, "read");
  if (fd === null) return null;
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
function regularFileSize(path) {
  const fd = openRegular(path, "read");
  if (fd === null) return null;
  try {
    return fstatSync(fd).size;
  } finally {
    closeSync(fd);
  }
}

export {
  UnsafeFileError,
  openRegular,
  readRegularFile,
  regularFileSize
};
