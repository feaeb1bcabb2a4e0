import {
  MANIFEST_PATH,
  OWNED_PATHS,
  TOOL_PACKAGE,
  blankCourse,
  ownedFiles,
  readManifest,
  renderManifest,
  titleFromFolder
} from "./chunk-A2HZBKKJ.js";
import {
  bundledDomainPath
} from "./chunk-X3TKPT6B.js";
import {
  rebuildWorkspace
} from "./chunk-X2QPWIT2.js";
import "./chunk-E37M6WDH.js";
import "./chunk-6C3MB655.js";
import {
  workspaceAt
} from "./chunk-KMBL56AR.js";
import "./chunk-L5KVIK6Y.js";
import "./chunk-5TPBR3PT.js";
import {
  readDomain
} from "./chunk-Q2GUQWXQ.js";
import {
  parseDomain
} from "./chunk-5ZPZWM6R.js";
import "./chunk-B644CBLQ.js";
import "./chunk-SALACLTN.js";
import {
  NOTES_README
} from "./chunk-SB7AH7UK.js";
import "./chunk-HJJDSMM7.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-SEVYALEV.js";
import "./chunk-YFBFAT3W.js";
import "./chunk-2NBLM45P.js";
import "./chunk-CXIG44JH.js";
import "./chunk-WIW65SVF.js";
import "./chunk-RLI5I3HZ.js";
import "./chunk-BZF4WVT4.js";
import {
  committedDerivedFiles,
  trackedIgnoredDerivedFiles
} from "./chunk-HGUM67GC.js";
import "./chunk-RDJOAXJ2.js";
import "./chunk-QSCBW6NB.js";
import "./chunk-MNKKRITI.js";
import {
  writeFileAtomic
} from "./chunk-M5CY4MCJ.js";
import "./chunk-Y7UM2WCK.js";
import {
  commitFiles,
  findRepository,
  gitEnvironment,
  untrackFiles
} from "./chunk-BC46OYR2.js";
import {
  readRegularFile
} from "./chunk-2UK4LS3K.js";
import "./chunk-EEDM6MZ5.js";
import {
  InputError
} from "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";

// src/app/init.ts
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var readText = (path) => readRegularFile(path)?.toString("utf8") ?? "";
var BUNDLED_COURSES = { "llm-systems": bundledDomainPath };
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function resolveCourse(options, root) {
  if (options.blank && options.course !== void 0) throw new InputError("--blank", true, "either --blank or --course, not both");
  let text;
  let file;
  if (options.blank) {
    text = blankCourse(options.title ?? titleFromFolder(basename(root)));
    file = "the blank course";
  } else {
    const given = options.course ?? "llm-systems";
    const bundled = BUNDLED_COURSES[given];
    file = bundled ? bundled() : resolve(options.cwd, given);
    if (!bundled && !existsSync(file)) {
      throw new InputError("--course", given, `a bundled course id (${Object.keys(BUNDLED_COURSES).join(", ")}) or the path of a course file`, Object.keys(BUNDLED_COURSES), "no such course or file");
    }
    text = readText(file);
    if (options.title !== void 0) throw new InputError("--title", options.title, "only with --blank (a course file has its own title)");
  }
  return { text, domain: parseDomain(text, file) };
}
function ignorableEntry(root, name) {
  if (name === ".git" || name === ".DS_Store") return true;
  if (name !== ".claude") return false;
  const inside = join(root, name);
  return statSync(inside).isDirectory() && readdirSync(inside).every((entry) => entry === "settings.local.json");
}
function refuseForeignFolder(root, given) {
  if (!existsSync(root)) return;
  if (!statSync(root).isDirectory()) throw new InputError("DIR", given, "a new or empty folder, or an existing workspace", [], "is a file");
  const entries = readdirSync(root).filter((name) => !ignorableEntry(root, name));
  if (entries.length === 0) return;
  const shown = entries.slice(0, 5).join(", ") + (entries.length > 5 ? `, and ${entries.length - 5} more` : "");
  throw new InputError("DIR", given, "a new or empty folder, or an existing workspace (one with memory/domain.json)", [], `it is not empty and not a workspace: it holds ${shown}`);
}
function git(root, args) {
  execFileSync("git", args, { cwd: root, env: gitEnvironment(), stdio: ["ignore", "ignore", "pipe"], timeout: 1e4 });
}
function prepareGit(root) {
  try {
    if (!existsSync(join(root, ".git"))) git(root, ["init", "-q", "-b", "main"]);
    git(root, ["config", "merge.tutor-derived.name", "tutor derived file: keep ours, regenerate with `tutor build`"]);
    git(root, ["config", "merge.tutor-derived.driver", "true"]);
    return true;
  } catch {
    return false;
  }
}
function removeDisownedFiles(root, owned, previous, force) {
  const changes = [];
  for (const path of OWNED_PATHS) {
    const full = join(root, path);
    if (owned.has(path) || !existsSync(full)) continue;
    const written = previous?.files[path];
    if (written === void 0) continue;
    if (force || sha256(readRegularFile(full) ?? "") === written) {
      unlinkSync(full);
      changes.push({ path, action: "removed" });
    } else changes.push({ path, action: "kept" });
  }
  return changes;
}
function syncOwnedFiles(root, domain, command, wiring, previous, force) {
  const changes = [];
  const digests = {};
  const files = ownedFiles(domain, command, wiring);
  for (const file of files) {
    const path = join(root, file.path);
    const wanted = sha256(file.content);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomic(path, file.content);
      changes.push({ path: file.path, action: "created" });
      digests[file.path] = wanted;
      continue;
    }
    const current = sha256(readRegularFile(path) ?? "");
    if (current === wanted) {
      changes.push({ path: file.path, action: "unchanged" });
      digests[file.path] = wanted;
    } else if (force || previous?.files[file.path] === current) {
      writeFileAtomic(path, file.content);
      changes.push({ path: file.path, action: "updated" });
      digests[file.path] = wanted;
    } else {
      changes.push({ path: file.path, action: "kept" });
      const known = previous?.files[file.path];
      if (known) digests[file.path] = known;
    }
  }
  changes.push(...removeDisownedFiles(root, new Set(files.map((f) => f.path)), previous, force));
  return { changes, digests };
}
async function initWorkspace(options) {
  const root = resolve(options.cwd, options.dir);
  const workspace = workspaceAt(root);
  const command = options.command ?? "tutor";
  const exists = existsSync(workspace.domain);
  let domain;
  if (exists) {
    if (options.course !== void 0 || options.blank || options.title !== void 0) {
      const field = options.course !== void 0 ? "--course" : options.blank ? "--blank" : "--title";
      throw new InputError(field, options.course ?? options.title ?? true, "nothing, in an existing workspace: init there only updates the files tutor owns, never memory/ (start another course in a new folder)", [], `${root} is already a workspace`);
    }
    domain = readDomain(workspace);
  } else {
    refuseForeignFolder(root, options.dir);
    const course = resolveCourse(options, root);
    domain = course.domain;
    mkdirSync(join(root, "memory"), { recursive: true });
    mkdirSync(workspace.site, { recursive: true });
    writeFileAtomic(workspace.domain, course.text);
    writeFileAtomic(workspace.evidence, "");
  }
  const previous = readManifest(root);
  const wiring = options.wiring ?? previous?.wiring ?? "standalone";
  const { changes, digests } = syncOwnedFiles(root, domain, command, wiring, previous, options.force === true);
  const manifest = { schema: 1, tool: TOOL_PACKAGE, version: options.version, command, wiring, files: digests };
  const manifestText = renderManifest(manifest);
  const manifestPath = join(root, MANIFEST_PATH);
  const manifestChanged = !existsSync(manifestPath) || readText(manifestPath) !== manifestText;
  if (manifestChanged) {
    mkdirSync(dirname(manifestPath), { recursive: true });
    writeFileAtomic(manifestPath, manifestText);
  }
  const notesReadme = join(root, "notes", "README.md");
  const notesCreated = !existsSync(join(root, "notes"));
  if (notesCreated) {
    mkdirSync(join(root, "notes"), { recursive: true });
    writeFileAtomic(notesReadme, NOTES_README);
    changes.push({ path: "notes/README.md", action: "created" });
  }
  const hasGit = prepareGit(root);
  if (!exists) await rebuildWorkspace(workspace, options.now);
  const written = changes.filter((c) => c.action === "created" || c.action === "updated").map((c) => join(root, c.path));
  if (manifestChanged) written.push(manifestPath);
  const files = exists ? written : [...written, workspace.domain, workspace.evidence, ...committedDerivedFiles(workspace, findRepository(root))];
  const message = exists ? `tutor init: workspace files updated to ${TOOL_PACKAGE} ${options.version}` : `tutor init: ${domain.title ?? "new course"}`;
  const removed = changes.filter((c) => c.action === "removed").map((c) => join(root, c.path));
  const commit = hasGit && files.length + removed.length > 0 ? await commitFiles(root, files, message, { deleted: removed }) : null;
  const untrack = hasGit && exists ? await untrackDerivedFiles(workspace, changes) : null;
  return { root, created: !exists, title: domain.title, wiring, files: changes, commit, untrack };
}
async function untrackDerivedFiles(workspace, changes) {
  const stale = trackedIgnoredDerivedFiles(workspace, findRepository(workspace.root));
  if (stale.length === 0) return null;
  const result = await untrackFiles(workspace.root, stale, "tutor init: derived files out of git (every record and `tutor build` regenerate them from the log)");
  if (!result.committed && result.reason === "nothing changed to commit") return null;
  if (result.committed) for (const file of stale) changes.push({ path: relative(workspace.root, file).split(sep).join("/"), action: "untracked" });
  return result;
}
export {
  BUNDLED_COURSES,
  initWorkspace
};
