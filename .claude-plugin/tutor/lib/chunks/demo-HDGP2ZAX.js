import {
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
} from "./chunk-5MWJZO6G.js";
import "./chunk-DNNKVLT5.js";
import "./chunk-E37M6WDH.js";
import "./chunk-467BEEUP.js";
import "./chunk-KMBL56AR.js";
import "./chunk-5ZQS6CE5.js";
import "./chunk-5TPBR3PT.js";
import "./chunk-SIMH5LE4.js";
import "./chunk-UWPIDJU5.js";
import "./chunk-IES2NL67.js";
import "./chunk-JGSTYRSC.js";
import "./chunk-2M4OYI6J.js";
import "./chunk-CXIG44JH.js";
import "./chunk-6H6V5UE5.js";
import "./chunk-3FUCP4JA.js";
import "./chunk-M5CY4MCJ.js";
import "./chunk-RLI5I3HZ.js";
import "./chunk-Y7UM2WCK.js";
import "./chunk-NRTOAIBK.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-T6WSCDJW.js";
import "./chunk-3MCXJ7SI.js";
import "./chunk-3IFCJDTX.js";
import "./chunk-ICAKGZOQ.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-MNKKRITI.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
};
