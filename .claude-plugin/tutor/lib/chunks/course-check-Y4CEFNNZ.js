import {
  OBSERVABLE_VERBS,
  checkCourse,
  checkCourseText,
  courseCheckJson,
  courseCheckOf,
  describeCurriculumRecovery,
  renderCourseCheck,
  unobservableLead
} from "./chunk-T6WSCDJW.js";
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
