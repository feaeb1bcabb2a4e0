import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  rebuildWorkspace
} from "./chunk-VDRZ4V7A.js";
import "./chunk-KMQNM3WQ.js";
import "./chunk-5TPBR3PT.js";
import "./chunk-ADLXBIW7.js";
import "./chunk-DYR2URRU.js";
import "./chunk-SCNACTF6.js";
import "./chunk-WHW2ZXXH.js";
import "./chunk-AW3SVMTE.js";
import "./chunk-DHQ3X7OJ.js";
import "./chunk-PJ2E466Y.js";
import "./chunk-4BX2OKVR.js";
import "./chunk-CEDNC7BV.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-IT5YKZG3.js";
import "./chunk-S2F7CLEL.js";
export {
  rebuildWorkspace
};
