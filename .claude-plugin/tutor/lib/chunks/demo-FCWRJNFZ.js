import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
} from "./chunk-FAXUAF5J.js";
import "./chunk-3UAYU5WS.js";
import "./chunk-KMBL56AR.js";
import "./chunk-7I5QAFKF.js";
import "./chunk-DYR2URRU.js";
import "./chunk-NGML5OEC.js";
import "./chunk-KTD7HXZ3.js";
import "./chunk-TK72IMD2.js";
import "./chunk-YQMFKB65.js";
import "./chunk-5TPBR3PT.js";
import "./chunk-PAIWNNKB.js";
import "./chunk-WXHIOEEQ.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-E37M6WDH.js";
import "./chunk-KKYWVBPM.js";
import "./chunk-PP6E5IDN.js";
import "./chunk-VFS6TZ3V.js";
import "./chunk-CEDNC7BV.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-5DXD5IMZ.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-FE3VSBG3.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
};
