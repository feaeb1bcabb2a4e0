import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  recordEvent
} from "./chunk-4WUMZXV7.js";
import "./chunk-L6A7MY6B.js";
import "./chunk-T2QA63LX.js";
import "./chunk-UWPIDJU5.js";
import "./chunk-ICAKGZOQ.js";
import "./chunk-PP6E5IDN.js";
import "./chunk-YQMFKB65.js";
import "./chunk-PAIWNNKB.js";
import "./chunk-WXHIOEEQ.js";
import "./chunk-VFS6TZ3V.js";
import "./chunk-CEDNC7BV.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-5DXD5IMZ.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-FE3VSBG3.js";
import "./chunk-755X2O5T.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-S2F7CLEL.js";
export {
  recordEvent
};
