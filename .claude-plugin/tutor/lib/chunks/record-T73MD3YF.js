import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  recordEvent
} from "./chunk-RWZNOIYU.js";
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
  recordEvent
};
