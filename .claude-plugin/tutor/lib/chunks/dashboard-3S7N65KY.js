import {
  dashboardView,
  renderDashboard
} from "./chunk-SIMH5LE4.js";
import "./chunk-UWPIDJU5.js";
import "./chunk-3MCXJ7SI.js";
import "./chunk-3IFCJDTX.js";
import "./chunk-ICAKGZOQ.js";
import "./chunk-7ZS64KOY.js";
import "./chunk-MNKKRITI.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  dashboardView,
  renderDashboard
};
