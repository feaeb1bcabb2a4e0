import {
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
} from "./chunk-X3TKPT6B.js";
import "./chunk-X2QPWIT2.js";
import "./chunk-E37M6WDH.js";
import "./chunk-6C3MB655.js";
import "./chunk-KMBL56AR.js";
import "./chunk-L5KVIK6Y.js";
import "./chunk-5TPBR3PT.js";
import "./chunk-Q2GUQWXQ.js";
import "./chunk-5ZPZWM6R.js";
import "./chunk-B644CBLQ.js";
import "./chunk-SALACLTN.js";
import "./chunk-SB7AH7UK.js";
import "./chunk-HJJDSMM7.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-SEVYALEV.js";
import "./chunk-YFBFAT3W.js";
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
  DEMO_NOW,
  DEMO_STEPS,
  bundledDomainPath,
  runDemo
};
