import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  dashboardView,
  renderDashboard
} from "./chunk-HQCYZNJY.js";
import "./chunk-FJN4VVJL.js";
import "./chunk-UWPIDJU5.js";
import "./chunk-ICAKGZOQ.js";
import "./chunk-RDJOAXJ2.js";
import "./chunk-MNKKRITI.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-S2F7CLEL.js";
export {
  dashboardView,
  renderDashboard
};
