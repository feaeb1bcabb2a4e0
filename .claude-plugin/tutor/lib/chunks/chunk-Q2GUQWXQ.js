import {
  describeCurriculumRecovery,
  parseDomain,
  parseDomainJson,
  validateDomain
} from "./chunk-5ZPZWM6R.js";
import {
  MAX_DOMAIN_BYTES
} from "./chunk-BZF4WVT4.js";
import {
  readCommittedFile
} from "./chunk-BC46OYR2.js";
import {
  readRegularFile,
  regularFileSize
} from "./chunk-2UK4LS3K.js";
import {
  CurriculumError
} from "./chunk-755X2O5T.js";

// src/store/domain-file.ts
import { relative } from "node:path";
var tooLarge = (size) => ({ ok: false, problem: { path: "", message: `the file is ${size} bytes; a curriculum may be at most ${MAX_DOMAIN_BYTES} bytes` } });
function readCourseText(path) {
  const size = regularFileSize(path);
  if (size === null) return { ok: false, problem: { path: "", message: "the file does not exist" } };
  if (size > MAX_DOMAIN_BYTES) return tooLarge(size);
  return { ok: true, text: readRegularFile(path).toString("utf8") };
}
function readDomain(workspace) {
  return validateCourse(workspace, readCourseText(workspace.domain));
}
function domainFromBytes(workspace, bytes) {
  return validateCourse(workspace, bytes.length > MAX_DOMAIN_BYTES ? tooLarge(bytes.length) : { ok: true, text: bytes.toString("utf8") });
}
function validateCourse(workspace, read) {
  const file = relative(workspace.root, workspace.domain) || workspace.domain;
  try {
    if (!read.ok) throw new CurriculumError(file, [read.problem]);
    return parseDomain(read.text, file);
  } catch (error) {
    if (!(error instanceof CurriculumError)) throw error;
    throw new CurriculumError(error.file, error.problems, describeCurriculumRecovery(committedCourse(workspace, file), gitFor(workspace.root), file));
  }
}
function committedCourse(workspace, file) {
  const committed = readCommittedFile(workspace.root, file);
  if (committed === null) return { kind: "unknown" };
  if (committed.kind !== "committed") return committed;
  const json = parseDomainJson(committed.text);
  return { kind: "committed", staged: committed.staged, valid: json.ok && validateDomain(json.raw).domain !== null };
}
function gitFor(root) {
  if (relative(process.cwd(), root) === "") return "git";
  return `git -C ${/^[\w./@:+-]+$/.test(root) ? root : `'${root.replace(/'/g, `'\\''`)}'`}`;
}

export {
  readCourseText,
  readDomain,
  domainFromBytes
};
