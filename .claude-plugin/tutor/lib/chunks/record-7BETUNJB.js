import {
  recordEvent
} from "./chunk-YFBFAT3W.js";
import "./chunk-2NBLM45P.js";
import "./chunk-CXIG44JH.js";
import "./chunk-WIW65SVF.js";
import "./chunk-RLI5I3HZ.js";
import "./chunk-BZF4WVT4.js";
import "./chunk-HGUM67GC.js";
import "./chunk-RDJOAXJ2.js";
import "./chunk-QSCBW6NB.js";
import "./chunk-MNKKRITI.js";
import "./chunk-M5CY4MCJ.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-BC46OYR2.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  recordEvent
};
