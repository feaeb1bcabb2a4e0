import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-CEDNC7BV.js";
import {
  UnsafeFileError
} from "./chunk-2UK4LS3K.js";

// src/store/derived.ts
import { lstatSync } from "node:fs";
function formatJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function refuseFoldersInTheWay(paths) {
  for (const path of paths) {
    try {
      if (lstatSync(path).isDirectory()) throw new UnsafeFileError(path, "a folder");
    } catch (error) {
      if (error instanceof UnsafeFileError) throw error;
    }
  }
}
function writeDerived(workspace, derived, dashboardHtml) {
  refuseFoldersInTheWay([workspace.learner, workspace.pedagogy, workspace.dashboard]);
  writeFileAtomic(workspace.learner, formatJson(derived.learner));
  writeFileAtomic(workspace.pedagogy, formatJson(derived.pedagogy));
  writeFileAtomic(workspace.dashboard, dashboardHtml);
}
function recordFiles(workspace) {
  return [workspace.evidence, workspace.torn, workspace.learner, workspace.pedagogy, workspace.dashboard];
}

export {
  writeDerived,
  recordFiles
};
