import {
  readSnapshot
} from "./chunk-467BEEUP.js";
import "./chunk-3FUCP4JA.js";
import "./chunk-M5CY4MCJ.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-NRTOAIBK.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-T6WSCDJW.js";
import "./chunk-3IFCJDTX.js";
import "./chunk-MNKKRITI.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  readSnapshot
};
