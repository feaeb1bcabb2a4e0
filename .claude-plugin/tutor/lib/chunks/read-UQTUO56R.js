import {
  describeSessionLogFolder,
  findSessionLogs,
  readTranscriptFile,
  readTranscripts,
  sessionLogFolder
} from "./chunk-HP7YY2NT.js";
import "./chunk-S2F7CLEL.js";
export {
  describeSessionLogFolder,
  findSessionLogs,
  readTranscriptFile,
  readTranscripts,
  sessionLogFolder
};
