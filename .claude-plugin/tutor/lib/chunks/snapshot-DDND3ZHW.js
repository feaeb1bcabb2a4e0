import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  readSnapshot
} from "./chunk-ADLXBIW7.js";
import "./chunk-PJ2E466Y.js";
import "./chunk-4BX2OKVR.js";
import "./chunk-CEDNC7BV.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-IT5YKZG3.js";
import "./chunk-S2F7CLEL.js";
export {
  readSnapshot
};
