import {
  domainFromBytes,
  readCourseText,
  readDomain
} from "./chunk-Q2GUQWXQ.js";
import "./chunk-5ZPZWM6R.js";
import "./chunk-BZF4WVT4.js";
import "./chunk-BC46OYR2.js";
import "./chunk-2UK4LS3K.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  domainFromBytes,
  readCourseText,
  readDomain
};
