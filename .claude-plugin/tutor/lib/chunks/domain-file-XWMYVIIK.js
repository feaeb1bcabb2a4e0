import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  readCourseText,
  readDomain
} from "./chunk-5DXD5IMZ.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-FE3VSBG3.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  readCourseText,
  readDomain
};
