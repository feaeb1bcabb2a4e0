import {
  rebuildWorkspace
} from "./chunk-JV35RTK3.js";
import "./chunk-JQRX6DFD.js";
import "./chunk-NISTKGZT.js";
import "./chunk-5TPBR3PT.js";
import "./chunk-MZXO2JMR.js";
import "./chunk-WPBDSHBG.js";
import "./chunk-UWPIDJU5.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-ICAKGZOQ.js";
import "./chunk-CXIG44JH.js";
import "./chunk-WIW65SVF.js";
import "./chunk-RLI5I3HZ.js";
import "./chunk-23MUI3LO.js";
import "./chunk-T6WSCDJW.js";
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
  rebuildWorkspace
};
