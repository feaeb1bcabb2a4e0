import { createRequire as __tutorCreateRequire } from 'node:module'; const require = __tutorCreateRequire(import.meta.url);
import {
  CURRICULUM_ID,
  CURRICULUM_ID_ALLOWED,
  DEFAULT_POLICY,
  nearestIds
} from "./chunk-EEDM6MZ5.js";
import {
  CurriculumError,
  assertNever
} from "./chunk-755X2O5T.js";

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}

// src/core/json-locate.ts
function position(source, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
function locateJsonError(source) {
  const stack = [];
  let expect = "value";
  let i = 0;
  let done = false;
  let justOpened = false;
  const fail = (offset, message) => ({ ...position(source, offset), message });
  const describe2 = (offset) => offset >= source.length ? "the end of the file" : `${JSON.stringify(source[offset])}`;
  for (; ; ) {
    while (i < source.length && " 	\n\r".includes(source[i])) i++;
    if (done) return i < source.length ? fail(i, `unexpected ${describe2(i)} after the end of the JSON value`) : null;
    if (i >= source.length) return fail(i, stack.length > 0 ? `unexpected end of file inside an ${stack[stack.length - 1]}` : "the file is empty");
    const ch = source[i];
    const opened = justOpened;
    justOpened = false;
    const afterValue = () => {
      if (stack.length === 0) done = true;
      else expect = "comma-or-end";
    };
    switch (expect) {
      case "value":
      case "key": {
        if (opened && ch === "}" && stack[stack.length - 1] === "object") {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (opened && ch === "]" && stack[stack.length - 1] === "array") {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (ch === '"') {
          STRING.lastIndex = i;
          if (!STRING.test(source)) return fail(i, "a string is not closed or holds an invalid escape or control character");
          i = STRING.lastIndex;
          if (expect === "key") expect = "colon";
          else afterValue();
          continue;
        }
        if (expect === "key") return fail(i, `expected a "quoted" property name, found ${describe2(i)}`);
        if (ch === "{") {
          stack.push("object");
          expect = "key";
          justOpened = true;
          i++;
          continue;
        }
        if (ch === "[") {
          stack.push("array");
          expect = "value";
          justOpened = true;
          i++;
          continue;
        }
        const word = ["true", "false", "null"].find((w) => source.startsWith(w, i));
        if (word) {
          i += word.length;
          afterValue();
          continue;
        }
        NUMBER.lastIndex = i;
        if (NUMBER.test(source)) {
          i = NUMBER.lastIndex;
          afterValue();
          continue;
        }
        return fail(i, `expected a value, found ${describe2(i)}`);
      }
      case "colon":
        if (ch !== ":") return fail(i, `expected ":" after a property name, found ${describe2(i)}`);
        expect = "value";
        i++;
        continue;
      case "comma-or-end": {
        const top = stack[stack.length - 1];
        if (ch === ",") {
          expect = top === "object" ? "key" : "value";
          i++;
          let j = i;
          while (j < source.length && " 	\n\r".includes(source[j])) j++;
          if (source[j] === "}" || source[j] === "]") return fail(i - 1, "trailing comma before the closing bracket");
          continue;
        }
        if (ch === "}" && top === "object" || ch === "]" && top === "array") {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        return fail(i, `expected "," or "${top === "object" ? "}" : "]"}", found ${describe2(i)}`);
      }
    }
  }
}

// src/core/domain.ts
var id = string2().check(_regex(CURRICULUM_ID));
var text = (max) => string2().check(_trim(), _minLength(1), _maxLength(max));
var list = (item, min, max) => array(item).check(_minLength(min), _maxLength(max));
var fraction = (lower) => number2().check(lower === "gt" ? _gt(0) : _gte(0), _lte(1));
var policySchema = strictObject({
  alpha: optional(fraction("gt")),
  mastery_threshold: optional(fraction("gt")),
  min_observations: optional(int().check(_gte(1), _lte(100))),
  stale_days: optional(number2().check(_gt(0), _lte(3650))),
  stale_min_mastery: optional(fraction("gte"))
});
var domainSchema = strictObject({
  schema: optional(literal(1)),
  title: optional(text(200)),
  description: optional(text(2e3)),
  layers: optional(list(strictObject({ id, name: text(120) }), 0, 100)),
  modules: list(strictObject({ id, name: text(120), layer: optional(id), summary: optional(text(1e3)) }), 1, 500),
  concepts: list(
    strictObject({
      id,
      name: text(120),
      module: id,
      behaviors: list(text(500), 1, 20),
      prereqs: list(id, 0, 50)
    }),
    1,
    5e3
  ),
  exit_test: list(
    strictObject({
      id,
      kind: _enum(["mechanism", "build"]),
      prompt: text(2e3),
      requires: list(id, 0, 200)
    }),
    0,
    200
  ),
  policy: optional(policySchema)
});
var ID_SECTIONS = /* @__PURE__ */ new Set(["layers", "modules", "concepts", "exit_test"]);
function itemPath(section, index, id2) {
  return typeof id2 === "string" && CURRICULUM_ID.test(id2) ? `${section}[${index}] "${id2}"` : `${section}[${index}]`;
}
function formatPath(path, raw) {
  const [section, index, ...rest] = path;
  if (typeof section === "string" && ID_SECTIONS.has(section) && typeof index === "number") {
    const item = itemPath(section, index, valueAt(raw, [section, index])?.id);
    return formatKeys(rest, item);
  }
  return formatKeys(path, "");
}
function formatKeys(path, start) {
  let out = start;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
function didYouMean(value, known) {
  const near = nearestIds(value, [...known]);
  return near.length > 0 ? `did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : null;
}
function unknownId(kind, value, known, section) {
  return `unknown ${kind} "${value}" (${didYouMean(value, known) ?? `no ${kind} id in "${section}" is close to it`})`;
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value}`;
}
function valueAt(root, path) {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return void 0;
    current = current[key];
  }
  return current;
}
function explainIssue(issue2, raw) {
  const received = valueAt(raw, issue2.path);
  switch (issue2.code) {
    case "unrecognized_keys":
      return `unknown key${issue2.keys.length > 1 ? "s" : ""} ${issue2.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_type":
      if (received === void 0) return `missing (expected ${issue2.expected})`;
      if (issue2.expected === "int" && typeof received === "number") return `expected a whole number, got ${JSON.stringify(received)}`;
      return `expected ${issue2.expected}, got ${describeType(received)}`;
    case "invalid_format":
      return `${JSON.stringify(received)} is not a valid id (${CURRICULUM_ID_ALLOWED})`;
    case "too_small":
      if (issue2.origin === "string") return "must not be empty";
      if (issue2.origin === "array") return `needs at least ${String(issue2.minimum)} item(s)`;
      return `must be ${issue2.inclusive ? "\u2265" : ">"} ${String(issue2.minimum)}, got ${JSON.stringify(received)}`;
    case "too_big":
      if (issue2.origin === "string") return `is too long (at most ${String(issue2.maximum)} characters)`;
      if (issue2.origin === "array") return `has too many items (at most ${String(issue2.maximum)})`;
      return `must be ${issue2.inclusive ? "\u2264" : "<"} ${String(issue2.maximum)}, got ${JSON.stringify(received)}`;
    case "invalid_value":
      return `${JSON.stringify(received)} is not allowed (allowed: ${issue2.values.map((v) => JSON.stringify(v)).join(", ")})`;
    default:
      return issue2.message;
  }
}
function explainJsonError(source, error) {
  const located = locateJsonError(source);
  if (located) return `${located.message} at line ${located.line}, column ${located.column}`;
  return error instanceof Error ? error.message : String(error);
}
function parseDomainJson(text2) {
  const source = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  try {
    return { ok: true, raw: JSON.parse(source) };
  } catch (error) {
    return { ok: false, problem: { path: "", message: `not valid JSON: ${explainJsonError(source, error)}` } };
  }
}
function validateDomain(raw) {
  const parsed = domainSchema.safeParse(raw);
  if (!parsed.success) {
    const problems2 = parsed.error.issues.map((issue2) => ({ path: formatPath(issue2.path, raw), message: explainIssue(issue2, raw) }));
    return { problems: problems2, domain: null, draft: null };
  }
  const problems = checkReferences(parsed.data);
  const draft = toDomain(parsed.data);
  return { problems, domain: problems.length === 0 ? draft : null, draft };
}
function parseDomain(text2, file = "memory/domain.json") {
  const json = parseDomainJson(text2);
  if (!json.ok) throw new CurriculumError(file, [json.problem]);
  const { problems, domain } = validateDomain(json.raw);
  if (!domain) throw new CurriculumError(file, problems);
  return domain;
}
function checkDuplicates(items, section, problems) {
  const seen = /* @__PURE__ */ new Map();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== void 0) {
      problems.push({ path: `${itemPath(section, index, item.id)}.id`, message: `duplicate id "${item.id}" (first at ${section}[${first}])` });
    } else seen.set(item.id, index);
  });
  return new Set(seen.keys());
}
function checkReferences(data) {
  const problems = [];
  const layers = checkDuplicates(data.layers ?? [], "layers", problems);
  const modules = checkDuplicates(data.modules, "modules", problems);
  const concepts = checkDuplicates(data.concepts, "concepts", problems);
  checkDuplicates(data.exit_test, "exit_test", problems);
  data.modules.forEach((module, index) => {
    if (module.layer !== void 0 && !layers.has(module.layer)) {
      const path = `${itemPath("modules", index, module.id)}.layer`;
      if (layers.size === 0) problems.push({ path, message: `unknown layer "${module.layer}" (no "layers" are declared)` });
      else {
        const hint = didYouMean(module.layer, layers);
        problems.push({ path, message: `unknown layer "${module.layer}" (${hint ? `${hint} ` : ""}known layers: ${[...layers].join(", ")})` });
      }
    }
  });
  data.concepts.forEach((concept, index) => {
    const at = itemPath("concepts", index, concept.id);
    if (!modules.has(concept.module)) {
      problems.push({ path: `${at}.module`, message: unknownId("module", concept.module, modules, "modules") });
    }
    concept.prereqs.forEach((prereq, j) => {
      if (prereq === concept.id) {
        problems.push({ path: `${at}.prereqs[${j}]`, message: `"${concept.id}" cannot be its own prerequisite` });
      } else if (!concepts.has(prereq)) {
        problems.push({ path: `${at}.prereqs[${j}]`, message: unknownId("concept", prereq, concepts, "concepts") });
      }
    });
  });
  data.exit_test.forEach((item, index) => {
    item.requires.forEach((required2, j) => {
      if (!concepts.has(required2)) {
        problems.push({ path: `${itemPath("exit_test", index, item.id)}.requires[${j}]`, message: unknownId("concept", required2, concepts, "concepts") });
      }
    });
  });
  if (problems.length === 0) problems.push(...findPrereqCycles(data.concepts));
  return problems;
}
function findPrereqCycles(concepts) {
  const indexById = new Map(concepts.map((c, i) => [c.id, i]));
  const state = /* @__PURE__ */ new Map();
  const problems = [];
  const stack = [];
  for (const start of concepts) {
    if (state.has(start.id)) continue;
    const frames = [{ id: start.id, next: 0 }];
    state.set(start.id, "visiting");
    stack.push(start.id);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const concept = concepts[indexById.get(frame.id)];
      if (frame.next >= concept.prereqs.length) {
        state.set(frame.id, "done");
        frames.pop();
        stack.pop();
        continue;
      }
      const j = frame.next++;
      const prereq = concept.prereqs[j];
      const seen = state.get(prereq);
      if (seen === "visiting") {
        const cycle = [...stack.slice(stack.indexOf(prereq)), prereq];
        problems.push({
          path: `${itemPath("concepts", indexById.get(frame.id), frame.id)}.prereqs[${j}]`,
          message: `prerequisite cycle: ${cycle.join(" \u2192 ")}`
        });
      } else if (seen === void 0) {
        state.set(prereq, "visiting");
        stack.push(prereq);
        frames.push({ id: prereq, next: 0 });
      }
    }
  }
  return problems;
}
function toDomain(data) {
  const layers = (data.layers ?? []).map((l) => ({ id: l.id, name: l.name }));
  const modules = data.modules.map((m) => ({ id: m.id, name: m.name, layer: m.layer ?? null, summary: m.summary ?? null }));
  const concepts = data.concepts.map((c) => ({
    id: c.id,
    name: c.name,
    module: c.module,
    behaviors: [...c.behaviors],
    prereqs: [...c.prereqs]
  }));
  const exitTest = data.exit_test.map((e) => ({ id: e.id, kind: e.kind, prompt: e.prompt, requires: [...e.requires] }));
  const p = data.policy ?? {};
  const policy = {
    alpha: p.alpha ?? DEFAULT_POLICY.alpha,
    masteryThreshold: p.mastery_threshold ?? DEFAULT_POLICY.masteryThreshold,
    minObservations: p.min_observations ?? DEFAULT_POLICY.minObservations,
    staleDays: p.stale_days ?? DEFAULT_POLICY.staleDays,
    staleMinMastery: p.stale_min_mastery ?? DEFAULT_POLICY.staleMinMastery
  };
  return {
    title: data.title ?? null,
    description: data.description ?? null,
    layers,
    modules,
    concepts,
    exitTest,
    policy,
    conceptById: new Map(concepts.map((c) => [c.id, c])),
    moduleById: new Map(modules.map((m) => [m.id, m])),
    exitById: new Map(exitTest.map((e) => [e.id, e]))
  };
}

// src/core/course-check.ts
var UNOBSERVABLE = [
  "understand",
  "understands",
  "know",
  "knows",
  "appreciate",
  "appreciates",
  "learn",
  "learns",
  "grasp",
  "grasps",
  "realize",
  "realizes",
  "realise",
  "realises",
  "be aware of",
  "is aware of",
  "aware of",
  "be familiar with",
  "is familiar with",
  "familiar with",
  "get a feel for",
  "gets a feel for"
];
var OBSERVABLE_VERBS = ["explains", "derives", "computes", "predicts", "compares", "implements", "diagnoses"];
var LEAD_IN = /^(?:the learner\s+)?(?:can|could|will|should|is able to|be able to)\s+/;
function unobservableLead(behaviour) {
  const text2 = behaviour.trim().toLowerCase().replace(/\s+/g, " ").replace(LEAD_IN, "");
  for (const phrase of UNOBSERVABLE) {
    if (text2 === phrase || text2.startsWith(`${phrase} `) || text2.startsWith(`${phrase},`)) return phrase;
  }
  return null;
}
function coveredConcepts(domain) {
  const covered = /* @__PURE__ */ new Set();
  const pending = domain.exitTest.flatMap((e) => e.requires);
  while (pending.length > 0) {
    const id2 = pending.pop();
    if (covered.has(id2)) continue;
    covered.add(id2);
    for (const prereq of domain.conceptById.get(id2)?.prereqs ?? []) if (!covered.has(prereq)) pending.push(prereq);
  }
  return covered;
}
function courseWarnings(domain) {
  const warnings = [];
  if (domain.exitTest.length === 0) {
    warnings.push({
      code: "no_exit_test",
      path: "exit_test",
      id: null,
      detail: null,
      message: "the course has no exit items: nothing says when the learner is done; write the goals as exit items first (mechanism: explain or predict something cold; build: an artifact with numbers)"
    });
  }
  const populated = new Set(domain.concepts.map((c) => c.module));
  domain.modules.forEach((module, index) => {
    if (populated.has(module.id)) return;
    warnings.push({ code: "empty_module", path: itemPath("modules", index, module.id), id: module.id, detail: null, message: 'has no concepts; give it concepts (a concept names it in "module") or remove it' });
  });
  domain.exitTest.forEach((item, index) => {
    if (item.requires.length > 0) return;
    warnings.push({
      code: "exit_item_requires_nothing",
      path: itemPath("exit_test", index, item.id),
      id: item.id,
      detail: null,
      message: 'requires no concept, so it counts as ready from the first session; list in "requires" the concepts it depends on'
    });
  });
  if (domain.exitTest.length > 0) {
    const covered = coveredConcepts(domain);
    domain.concepts.forEach((concept, index) => {
      if (covered.has(concept.id)) return;
      warnings.push({
        code: "uncovered_concept",
        path: itemPath("concepts", index, concept.id),
        id: concept.id,
        detail: null,
        message: 'no exit item depends on it, directly or through prerequisites; add it to the "requires" of the item it serves, or drop it if the course does not need it'
      });
    });
  }
  domain.concepts.forEach((concept, index) => {
    concept.behaviors.forEach((behaviour, j) => {
      const lead = unobservableLead(behaviour);
      if (lead === null) return;
      warnings.push({
        code: "behaviour_not_observable",
        path: `${itemPath("concepts", index, concept.id)}.behaviors[${j}]`,
        id: concept.id,
        detail: JSON.stringify(behaviour),
        message: `${JSON.stringify(behaviour)} starts with "${lead}", which no one can watch the learner do; start with what they do to show it (${OBSERVABLE_VERBS.join(", ")} \u2026)`
      });
    });
  });
  return warnings;
}
var countOf = (raw, key) => {
  const value = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw[key] : void 0;
  return Array.isArray(value) ? value.length : 0;
};
function checkCourse(raw) {
  const { problems, draft } = validateDomain(raw);
  const warnings = draft ? courseWarnings(draft) : [];
  return {
    errors: problems,
    warnings,
    summary: {
      concepts: countOf(raw, "concepts"),
      modules: countOf(raw, "modules"),
      exitItems: countOf(raw, "exit_test"),
      errors: problems.length,
      warnings: warnings.length
    }
  };
}
function checkCourseText(text2) {
  const json = parseDomainJson(text2);
  if (json.ok) return checkCourse(json.raw);
  return { errors: [json.problem], warnings: [], summary: { concepts: 0, modules: 0, exitItems: 0, errors: 1, warnings: 0 } };
}
function courseCheckOf(problem) {
  return { errors: [problem], warnings: [], summary: { concepts: 0, modules: 0, exitItems: 0, errors: 1, warnings: 0 } };
}
function courseCheckJson(check, file) {
  const s = check.summary;
  const summary = { concepts: s.concepts, modules: s.modules, exit_items: s.exitItems, errors: s.errors, warnings: s.warnings };
  return { ok: check.errors.length === 0, file, errors: check.errors, warnings: check.warnings, summary };
}
var GROUP_ABOVE = 3;
var WIDTH = 100;
var INDENT = " ".repeat("warning ".length + 2);
var GROUP_TEXT = {
  uncovered_concept: { what: "no exit item needs these concepts, directly or through prerequisites", fix: 'add each to the "requires" of the item it serves, or drop it' },
  empty_module: { what: "these modules have no concepts", fix: "give them concepts or remove them" },
  exit_item_requires_nothing: { what: "these exit items require no concept", fix: 'list in "requires" the concepts each depends on' },
  behaviour_not_observable: { what: "no one can watch the learner do these behaviours", fix: `start each with what the learner does: ${OBSERVABLE_VERBS.join(", ")} \u2026` },
  no_exit_test: { what: "the course has no exit items", fix: "write the goals as exit items first" }
};
function packIds(ids, indent) {
  const lines = [];
  let line = "";
  for (const id2 of ids) {
    const next = line ? `${line}, ${id2}` : id2;
    if (line && indent.length + next.length > WIDTH) {
      lines.push(`${indent}${line},`);
      line = id2;
    } else line = next;
  }
  if (line) lines.push(`${indent}${line}`);
  return lines;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function renderCourseCheck(check, file) {
  const lines = [];
  for (const e of check.errors) lines.push(`error   ${e.path || "(top level)"}: ${e.message}`);
  const codes = [...new Set(check.warnings.map((w) => w.code))];
  for (const code of codes) {
    const group = check.warnings.filter((w) => w.code === code);
    if (group.length <= GROUP_ABOVE) {
      for (const w of group) lines.push(`warning ${w.path}: ${w.message} [${code}]`);
    } else {
      const { what, fix } = GROUP_TEXT[code];
      lines.push(`warning ${group.length} \xD7 ${code}: ${what}:`);
      if (group.some((w) => w.detail !== null)) for (const w of group) lines.push(`${INDENT}${w.path}: ${w.detail ?? w.message}`);
      else lines.push(...packIds(group.map((w) => w.id ?? w.path), INDENT));
      lines.push(`${INDENT}\u2192 ${fix}`);
    }
  }
  const s = check.summary;
  lines.push(
    `${file}: ${plural(s.concepts, "concept")}, ${plural(s.modules, "module")}, ${plural(s.exitItems, "exit item")}; ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}${s.errors === 0 ? s.warnings === 0 ? ": OK" : " (the author's to judge)" : ""}`
  );
  return lines.join("\n");
}
function describeCurriculumRecovery(committed, git, path) {
  const check = "run `tutor course check` to see every problem";
  switch (committed.kind) {
    case "no_repository":
      return `${check}; the workspace is not a git repository, so there is no committed course to return to: fix ${path} by hand`;
    case "unknown":
      return `${check}, and fix ${path} by hand (or return to its committed version with git, if it has one)`;
    case "never_committed":
      return `${check}; ${path} has never been committed, so there is no committed course to return to: fix it by hand`;
    case "committed":
      if (!committed.valid) {
        return `${check}; the last committed ${path} is invalid too, so fix it by hand (\`${git} log -p -- ${path}\` shows its earlier versions)`;
      }
      return `${check}; to return to the last committed course (discarding the edits since): \`${git} checkout ${committed.staged ? "HEAD " : ""}-- ${path}\``;
    default:
      return assertNever(committed, "committed course");
  }
}

export {
  parseDomainJson,
  validateDomain,
  parseDomain,
  OBSERVABLE_VERBS,
  unobservableLead,
  checkCourse,
  checkCourseText,
  courseCheckOf,
  courseCheckJson,
  renderCourseCheck,
  describeCurriculumRecovery
};
