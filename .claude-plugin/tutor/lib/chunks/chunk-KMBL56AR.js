import {
  InputError
} from "./chunk-755X2O5T.js";

// src/store/workspace.ts
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function workspaceAt(root) {
  const memory = join(root, "memory");
  return {
    root,
    domain: join(memory, "domain.json"),
    evidence: join(memory, "evidence.jsonl"),
    torn: join(memory, "evidence.torn.jsonl"),
    learner: join(memory, "learner.json"),
    pedagogy: join(memory, "pedagogy.json"),
    lock: join(memory, ".tutor.lock"),
    site: join(root, "site"),
    dashboard: join(root, "site", "index.html")
  };
}
function hasDomain(dir) {
  return existsSync(join(dir, "memory", "domain.json"));
}
function findWorkspace(options) {
  const given = options.root ?? options.env.TUTOR_ROOT;
  const field = options.root !== void 0 ? "--root" : "TUTOR_ROOT";
  if (given !== void 0) {
    const root = resolve(options.cwd, given);
    if (given.trim() === "" || !existsSync(root)) {
      throw new InputError(field, given, "an existing folder that holds memory/domain.json", [], "no such folder");
    }
    if (!statSync(root).isDirectory()) {
      throw new InputError(field, given, "an existing folder that holds memory/domain.json", [], "is a file, not a folder");
    }
    if (!hasDomain(root)) {
      throw new InputError(field, given, "a folder that holds memory/domain.json (the curriculum)", [], `${join(root, "memory", "domain.json")} does not exist`);
    }
    return workspaceAt(root);
  }
  let dir = resolve(options.cwd);
  for (; ; ) {
    if (hasDomain(dir)) return workspaceAt(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new InputError(
    "--root",
    void 0,
    "run inside a workspace (a folder with memory/domain.json, e.g. the tutor repository) or pass --root DIR / set TUTOR_ROOT",
    [],
    `no workspace found in ${resolve(options.cwd)} or any folder above it`
  );
}

export {
  workspaceAt,
  findWorkspace
};
