import {
  OBSERVABLE_VERBS,
  checkCourse,
  checkCourseText,
  courseCheckJson,
  courseCheckOf,
  describeCurriculumRecovery,
  renderCourseCheck,
  unobservableLead
} from "./chunk-5ZPZWM6R.js";
import "./chunk-BZF4WVT4.js";
import "./chunk-EEDM6MZ5.js";
import "./chunk-755X2O5T.js";
import "./chunk-S2F7CLEL.js";
export {
  OBSERVABLE_VERBS,
  checkCourse,
  checkCourseText,
  courseCheckJson,
  courseCheckOf,
  describeCurriculumRecovery,
  renderCourseCheck,
  unobservableLead
};
