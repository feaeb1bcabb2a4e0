
// src/core/text.ts
var INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u2028-\u202e\u2060-\u2069\ufeff]/g;
var FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/;
function escapeInvisible(text) {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

// src/core/errors.ts
var MAX_SHOWN = 80;
function showValue(value) {
  let text;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (value === void 0) text = "(missing)";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = escapeInvisible(text);
  if (text.length <= MAX_SHOWN) return text;
  const length = typeof value === "string" ? `${value.length} characters` : `${text.length} characters`;
  return `${text.slice(0, MAX_SHOWN - 1)}\u2026 (${length})`;
}
var InputError = class extends Error {
  constructor(field, value, allowed, nearest = [], problem) {
    super(formatInputError(field, value, allowed, nearest, problem));
    this.field = field;
    this.value = value;
    this.allowed = allowed;
    this.nearest = nearest;
    this.problem = problem;
  }
  name = "InputError";
};
function formatInputError(field, value, allowed, nearest, problem) {
  const head = problem ? `${field}: ${problem}` : `${field}: refused ${showValue(value)}`;
  const received = problem && value !== void 0 ? ` (received ${showValue(value)})` : "";
  const near = nearest.length > 0 ? `; nearest: ${nearest.join(", ")}` : "";
  return `${head}${received}; allowed: ${allowed}${near}`;
}
var UsageError = class extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
  name = "UsageError";
};
var CurriculumError = class extends Error {
  constructor(file, problems, recovery = null) {
    super(formatCurriculumError(file, problems, recovery));
    this.file = file;
    this.problems = problems;
    this.recovery = recovery;
  }
  name = "CurriculumError";
};
var MAX_PROBLEMS_SHOWN = 12;
function formatCurriculumError(file, problems, recovery) {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${file}: ${p.path || "(top level)"}: ${p.message}`);
  const more = problems.length > MAX_PROBLEMS_SHOWN ? [`  \u2026 and ${problems.length - MAX_PROBLEMS_SHOWN} more`] : [];
  const noun = problems.length === 1 ? "problem" : "problems";
  return [`the curriculum is invalid (${problems.length} ${noun}); nothing was changed:`, ...shown, ...more, ...recovery ? [recovery] : []].join("\n");
}
var IntegrityError = class extends Error {
  constructor(line, id, message) {
    super(message);
    this.line = line;
    this.id = id;
  }
  name = "IntegrityError";
};
var SilentFailure = class extends Error {
  name = "SilentFailure";
  constructor() {
    super("failed check, reported");
  }
};
var InternalError = class extends Error {
  name = "InternalError";
};
function assertNever(value, what) {
  throw new InternalError(`unexpected ${what}: ${showValue(value)}`);
}

export {
  FORBIDDEN_IN_TEXT,
  escapeInvisible,
  InputError,
  UsageError,
  CurriculumError,
  IntegrityError,
  SilentFailure,
  InternalError,
  assertNever
};
