import {
  __commonJS,
  __toESM
} from "./chunk-S2F7CLEL.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression2;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression2(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports, module) {
    module.exports = require_handlebars_runtime()["default"];
  }
});

// src/render/handlebars.ts
var import_runtime = __toESM(require_runtime2(), 1);
var SPECS = /* @__PURE__ */ new Map([
  ['<section aria-labelledby="activity-h" data-section="activity">\n<h2 id="activity-h">Activity</h2>\n<p class="streak" data-testid="streak"><strong>{{activity.streak}}</strong></p>\n<div class="cal-wrap">\n<table class="cal" data-chart="calendar">\n<caption class="sr-only">Exchanges per day, one column per week, Monday to Sunday</caption>\n<thead><tr><td></td>{{#each activity.weeks}}<th scope="col" abbr="week of {{start}}">{{label}}</th>{{/each}}</tr></thead>\n<tbody>\n{{#each activity.rows}}<tr><th scope="row">{{weekday}}</th>{{#each cells}}{{#if this}}<td class="lvl-{{level}}{{#if today}} today{{/if}}" title="{{label}}" data-date="{{date}}"><span aria-hidden="true">{{#if count}}{{count}}{{/if}}</span><span class="sr-only">{{label}}</span></td>{{else}}<td></td>{{/if}}{{/each}}</tr>\n{{/each}}</tbody>\n</table>\n</div>\n<ul class="legend cal-legend" aria-label="Legend: exchanges per day"><li>Fewer</li>{{#each activity.levels}}<li><span class="cal-swatch lvl-{{level}}">{{label}}</span></li>{{/each}}<li>more</li></ul>\n<h3>Due for review</h3>\n<p class="muted small">A concept built up to mastery {{percent policy.stale_min_mastery}} or more goes stale {{policy.stale_days}} days after its last evidence.</p>\n{{#if activity.due.length}}<ul class="due" data-testid="due">{{#each activity.due}}<li><strong>{{name}}</strong> \xB7 {{#if stale}}<span class="badge warn">stale</span> {{when}}{{else}}{{when}} \xB7 {{date}}{{/if}}</li>{{/each}}</ul>\n{{#if activity.moreDue}}<p class="muted small">and {{activity.moreDue}} more.</p>{{/if}}{{else}}<p class="muted" data-testid="due">Nothing is stale or falls due in the next 14 days.</p>{{/if}}\n</section>', { "0": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<th scope="col" abbr="week of ' + alias4((helper = lookupProperty(helpers, "start") || alias1(depth0, "start", { "start": { "line": 7, "column": 76 }, "end": { "line": 7, "column": 81 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "start", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 74 }, "end": { "line": 7, "column": 83 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 7, "column": 87 }, "end": { "line": 7, "column": 92 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 85 }, "end": { "line": 7, "column": 94 } } }) : helper)) + "</th>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<tr><th scope="row">' + container.escapeExpression((helper = lookupProperty(helpers, "weekday") || container.strict(depth0, "weekday", { "start": { "line": 9, "column": 45 }, "end": { "line": 9, "column": 52 } }), typeof helper === "function" ? helper.call(alias1, { "name": "weekday", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 43 }, "end": { "line": 9, "column": 54 } } }) : helper)) + "</th>" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "cells"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 59 }, "end": { "line": 9, "column": 314 } } })) != null ? stack1 : "") + "</tr>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 9, "column": 74 }, "end": { "line": 9, "column": 305 } } })) != null ? stack1 : "";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<td class="lvl-' + alias4((helper = lookupProperty(helpers, "level") || alias1(depth0, "level", { "start": { "line": 9, "column": 103 }, "end": { "line": 9, "column": 108 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 101 }, "end": { "line": 9, "column": 110 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "today"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 110 }, "end": { "line": 9, "column": 136 } } })) != null ? stack1 : "") + '" title="' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 9, "column": 147 }, "end": { "line": 9, "column": 152 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 145 }, "end": { "line": 9, "column": 154 } } }) : helper)) + '" data-date="' + alias4((helper = lookupProperty(helpers, "date") || alias1(depth0, "date", { "start": { "line": 9, "column": 169 }, "end": { "line": 9, "column": 173 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "date", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 167 }, "end": { "line": 9, "column": 175 } } }) : helper)) + '"><span aria-hidden="true">' + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "count"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 202 }, "end": { "line": 9, "column": 231 } } })) != null ? stack1 : "") + '</span><span class="sr-only">' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 9, "column": 262 }, "end": { "line": 9, "column": 267 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 260 }, "end": { "line": 9, "column": 269 } } }) : helper)) + "</span></td>";
  }, "4": function(container, depth0, helpers, partials, data) {
    return " today";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return container.escapeExpression((helper = lookupProperty(helpers, "count") || container.strict(depth0, "count", { "start": { "line": 9, "column": 217 }, "end": { "line": 9, "column": 222 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 215 }, "end": { "line": 9, "column": 224 } } }) : helper));
  }, "6": function(container, depth0, helpers, partials, data) {
    return "<td></td>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="cal-swatch lvl-' + alias4((helper = lookupProperty(helpers, "level") || alias1(depth0, "level", { "start": { "line": 13, "column": 142 }, "end": { "line": 13, "column": 147 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 140 }, "end": { "line": 13, "column": 149 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 13, "column": 153 }, "end": { "line": 13, "column": 158 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 151 }, "end": { "line": 13, "column": 160 } } }) : helper)) + "</span></li>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<ul class="due" data-testid="due">' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "activity"), "due"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 61 }, "end": { "line": 16, "column": 222 } } })) != null ? stack1 : "") + "</ul>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "activity"), "moreDue"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 17, "column": 88 } } })) != null ? stack1 : "");
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<li><strong>" + container.escapeExpression((helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 16, "column": 97 }, "end": { "line": 16, "column": 101 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 95 }, "end": { "line": 16, "column": 103 } } }) : helper)) + "</strong> \xB7 " + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "stale"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 115 }, "end": { "line": 16, "column": 208 } } })) != null ? stack1 : "") + "</li>";
  }, "10": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge warn">stale</span> ' + container.escapeExpression((helper = lookupProperty(helpers, "when") || container.strict(depth0, "when", { "start": { "line": 16, "column": 168 }, "end": { "line": 16, "column": 172 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 166 }, "end": { "line": 16, "column": 174 } } }) : helper));
  }, "11": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return alias4((helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 16, "column": 184 }, "end": { "line": 16, "column": 188 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 182 }, "end": { "line": 16, "column": 190 } } }) : helper)) + " \xB7 " + alias4((helper = lookupProperty(helpers, "date") || alias1(depth0, "date", { "start": { "line": 16, "column": 195 }, "end": { "line": 16, "column": 199 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "date", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 193 }, "end": { "line": 16, "column": 201 } } }) : helper));
  }, "12": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="muted small">and ' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "activity"), "moreDue", { "start": { "line": 17, "column": 53 }, "end": { "line": 17, "column": 69 } }), depth0)) + " more.</p>";
  }, "13": function(container, depth0, helpers, partials, data) {
    return '<p class="muted" data-testid="due">Nothing is stale or falls due in the next 14 days.</p>';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section aria-labelledby="activity-h" data-section="activity">\n<h2 id="activity-h">Activity</h2>\n<p class="streak" data-testid="streak"><strong>' + alias3(alias2(alias1(lookupProperty(depth0, "activity"), "streak", { "start": { "line": 3, "column": 49 }, "end": { "line": 3, "column": 64 } }), depth0)) + '</strong></p>\n<div class="cal-wrap">\n<table class="cal" data-chart="calendar">\n<caption class="sr-only">Exchanges per day, one column per week, Monday to Sunday</caption>\n<thead><tr><td></td>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "activity"), "weeks"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 20 }, "end": { "line": 7, "column": 108 } } })) != null ? stack1 : "") + "</tr></thead>\n<tbody>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "activity"), "rows"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "") + '</tbody>\n</table>\n</div>\n<ul class="legend cal-legend" aria-label="Legend: exchanges per day"><li>Fewer</li>' + ((stack1 = lookupProperty(helpers, "each").call(alias4, lookupProperty(lookupProperty(depth0, "activity"), "levels"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 83 }, "end": { "line": 13, "column": 181 } } })) != null ? stack1 : "") + '<li>more</li></ul>\n<h3>Due for review</h3>\n<p class="muted small">A concept built up to mastery ' + alias3((lookupProperty(helpers, "percent") || alias1(depth0, "percent", { "start": { "line": 15, "column": 55 }, "end": { "line": 15, "column": 62 } })).call(alias4, lookupProperty(lookupProperty(depth0, "policy"), "stale_min_mastery"), { "name": "percent", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 53 }, "end": { "line": 15, "column": 89 } } })) + " or more goes stale " + alias3(alias2(alias1(lookupProperty(depth0, "policy"), "stale_days", { "start": { "line": 15, "column": 111 }, "end": { "line": 15, "column": 128 } }), depth0)) + " days after its last evidence.</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias4, lookupProperty(lookupProperty(lookupProperty(depth0, "activity"), "due"), "length"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(13, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 17, "column": 192 } } })) != null ? stack1 : "") + "\n</section>";
  }, "useData": true }],
  [".time-chart { display: block; height: auto; }\n.time-wide { width: 100%; max-width: 720px; }\n.time-narrow { display: none; width: 100%; max-width: 460px; }\n@media (max-width: 699.98px) { .time-wide { display: none; } .time-narrow { display: block; } }\n.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }\n.streak { font-size: 1.05rem; }\n.cal-wrap { max-width: 520px; }\ntable.cal { border-collapse: separate; border-spacing: 3px; table-layout: fixed; width: 100%; font-size: 12px; line-height: 1; }\ntable.cal th { font-weight: 400; color: var(--muted); text-align: left; padding: 0 0 2px; white-space: nowrap; overflow: visible; }\ntable.cal thead th { height: 16px; }\ntable.cal tbody th { width: 2.6em; padding-right: 2px; }\ntable.cal td { height: 22px; text-align: center; vertical-align: middle; border-radius: 3px; position: relative; font-variant-numeric: tabular-nums; }\ntable.cal td.today { outline: 2px solid var(--accent); outline-offset: 0; }\n.lvl-0 { background: #eef1f4; color: var(--fg); }\n.lvl-1 { background: #d2f4dc; color: #116329; }\n.lvl-2 { background: #8ddb9f; color: #0a3d1a; }\n.lvl-3 { background: #1a7f37; color: #ffffff; }\n.lvl-4 { background: #0f5323; color: #ffffff; }\n.cal-legend { align-items: center; font-size: 12px; color: var(--muted); }\n.cal-swatch { display: inline-block; min-width: 2.6em; padding: 3px 4px; border-radius: 3px; text-align: center; }\nul.due { padding-left: 1.2rem; margin: .4rem 0; }\nul.due li { margin: .25rem 0; }\n.map-near { display: none; }\n.map-phone-only { display: none; }\n@media (max-width: 699.98px) { .map-near { display: block; } .map-phone-only { display: block; } }", { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    return ".time-chart { display: block; height: auto; }\n.time-wide { width: 100%; max-width: 720px; }\n.time-narrow { display: none; width: 100%; max-width: 460px; }\n@media (max-width: 699.98px) { .time-wide { display: none; } .time-narrow { display: block; } }\n.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }\n.streak { font-size: 1.05rem; }\n.cal-wrap { max-width: 520px; }\ntable.cal { border-collapse: separate; border-spacing: 3px; table-layout: fixed; width: 100%; font-size: 12px; line-height: 1; }\ntable.cal th { font-weight: 400; color: var(--muted); text-align: left; padding: 0 0 2px; white-space: nowrap; overflow: visible; }\ntable.cal thead th { height: 16px; }\ntable.cal tbody th { width: 2.6em; padding-right: 2px; }\ntable.cal td { height: 22px; text-align: center; vertical-align: middle; border-radius: 3px; position: relative; font-variant-numeric: tabular-nums; }\ntable.cal td.today { outline: 2px solid var(--accent); outline-offset: 0; }\n.lvl-0 { background: #eef1f4; color: var(--fg); }\n.lvl-1 { background: #d2f4dc; color: #116329; }\n.lvl-2 { background: #8ddb9f; color: #0a3d1a; }\n.lvl-3 { background: #1a7f37; color: #ffffff; }\n.lvl-4 { background: #0f5323; color: #ffffff; }\n.cal-legend { align-items: center; font-size: 12px; color: var(--muted); }\n.cal-swatch { display: inline-block; min-width: 2.6em; padding: 3px 4px; border-radius: 3px; text-align: center; }\nul.due { padding-left: 1.2rem; margin: .4rem 0; }\nul.due li { margin: .25rem 0; }\n.map-near { display: none; }\n.map-phone-only { display: none; }\n@media (max-width: 699.98px) { .map-near { display: block; } .map-phone-only { display: block; } }";
  }, "useData": true }],
  [`<li class="concept" data-concept="{{id}}">
<details class="why"><summary class="row">
<span class="head"><span class="name">{{name}}</span><br><span class="small status-{{status}}">{{statusLabel}}</span> <span class="muted small">\xB7 {{observations}}{{#if lastEvidence}} \xB7 last {{lastEvidence}}{{/if}}</span></span>
<span class="meter"><span class="bar" aria-hidden="true"><span class="tone-{{tone}}" style="width: {{width mastery}}"></span></span><span class="small">mastery {{masteryText}}</span></span>
<span class="spark">{{#if spark.points}}<svg width="84" height="22" viewBox="0 0 84 22" role="img" aria-label="{{sparkTitle}}"><title>{{sparkTitle}}</title><polyline points="{{spark.points}}" fill="none" stroke="#0550ae" stroke-width="1.5"/><circle cx="{{spark.last.x}}" cy="{{spark.last.y}}" r="2.2" fill="#0550ae"/></svg>{{/if}}</span>
{{#if (or stale gaps open.length resolved relapses)}}<span class="flags small">{{#if stale}}<span class="badge warn">due for review: {{stale}} days without evidence</span>{{/if}}{{#if gaps}}<span class="badge warn">prerequisite gap: {{gaps}}</span>{{/if}}{{#each open}}<span class="badge bad">misconception</span> <span class="misconception">{{text}}</span> <span class="muted">({{tag}}, since {{sinceDay}})</span> {{/each}}{{#if resolved}}<span class="badge ok">{{resolved}} resolved</span>{{/if}}{{#if relapses}}<span class="badge bad">came back {{relapses}}\xD7</span>{{/if}}</span>{{/if}}
</summary>
<div class="evidence">
<p data-testid="standing">{{standing}}</p>
{{> noteLinks notes=notes}}
{{#if staleSentence}}<p>{{staleSentence}}</p>{{/if}}
{{#if gaps}}<p>Rests on concepts not mastered yet: {{gaps}}.</p>{{/if}}
{{#each open}}<p class="misconception">Open misconception [{{tag}}], since {{sinceDay}}: {{text}}. It is resolved only by a later, independent correct use.</p>{{/each}}
{{#if resolved}}<p>{{resolved}} misconception{{#unless (eq resolved 1)}}s{{/unless}} on it resolved.</p>{{/if}}
{{#if relapseSentence}}<p>{{relapseSentence}}</p>{{/if}}
{{#if exchanges.length}}<p class="small"><strong>Recent exchanges, newest first</strong>{{#if olderExchanges}} ({{olderExchanges}} older in the log){{/if}}:</p>
<ol class="exchanges">{{#each exchanges}}<li><span class="muted">{{when}}</span> \xB7 quality {{quality}} \u2192 mastery {{mastery}}{{#if resolved}} \xB7 resolved a misconception{{/if}}{{#if misconception}} \xB7 <span class="misconception">{{misconception}}</span>{{/if}}{{#if note}}<br><span class="note">Tutor's note: {{note}}</span>{{/if}}</li>{{/each}}</ol>{{/if}}
{{#if behaviors.length}}<p class="small"><strong>What mastery looks like</strong> (the behaviours the tutor probes):</p><ul class="small">{{#each behaviors}}<li>{{this}}</li>{{/each}}</ul>{{/if}}
</div>
</details>
</li>`, { "0": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 last " + container.escapeExpression((helper = lookupProperty(helpers, "lastEvidence") || container.strict(depth0, "lastEvidence", { "start": { "line": 3, "column": 192 }, "end": { "line": 3, "column": 204 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "lastEvidence", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 190 }, "end": { "line": 3, "column": 206 } } }) : helper));
  }, "1": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<svg width="84" height="22" viewBox="0 0 84 22" role="img" aria-label="' + alias4((helper = lookupProperty(helpers, "sparkTitle") || alias1(depth0, "sparkTitle", { "start": { "line": 5, "column": 113 }, "end": { "line": 5, "column": 123 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "sparkTitle", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 111 }, "end": { "line": 5, "column": 125 } } }) : helper)) + '"><title>' + alias4((helper = lookupProperty(helpers, "sparkTitle") || alias1(depth0, "sparkTitle", { "start": { "line": 5, "column": 136 }, "end": { "line": 5, "column": 146 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "sparkTitle", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 134 }, "end": { "line": 5, "column": 148 } } }) : helper)) + '</title><polyline points="' + alias4(alias5(alias1(lookupProperty(depth0, "spark"), "points", { "start": { "line": 5, "column": 176 }, "end": { "line": 5, "column": 188 } }), depth0)) + '" fill="none" stroke="#0550ae" stroke-width="1.5"/><circle cx="' + alias4(alias5(alias1(lookupProperty(lookupProperty(depth0, "spark"), "last"), "x", { "start": { "line": 5, "column": 255 }, "end": { "line": 5, "column": 267 } }), depth0)) + '" cy="' + alias4(alias5(alias1(lookupProperty(lookupProperty(depth0, "spark"), "last"), "y", { "start": { "line": 5, "column": 277 }, "end": { "line": 5, "column": 289 } }), depth0)) + '" r="2.2" fill="#0550ae"/></svg>';
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="flags small">' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "stale"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 79 }, "end": { "line": 6, "column": 178 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "gaps"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 178 }, "end": { "line": 6, "column": 255 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "open"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 255 }, "end": { "line": 6, "column": 424 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "resolved"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 424 }, "end": { "line": 6, "column": 498 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "relapses"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 498 }, "end": { "line": 6, "column": 575 } } })) != null ? stack1 : "") + "</span>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge warn">due for review: ' + container.escapeExpression((helper = lookupProperty(helpers, "stale") || container.strict(depth0, "stale", { "start": { "line": 6, "column": 135 }, "end": { "line": 6, "column": 140 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "stale", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 133 }, "end": { "line": 6, "column": 142 } } }) : helper)) + " days without evidence</span>";
  }, "4": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge warn">prerequisite gap: ' + container.escapeExpression((helper = lookupProperty(helpers, "gaps") || container.strict(depth0, "gaps", { "start": { "line": 6, "column": 235 }, "end": { "line": 6, "column": 239 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "gaps", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 233 }, "end": { "line": 6, "column": 241 } } }) : helper)) + "</span>";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge bad">misconception</span> <span class="misconception">' + alias4((helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 6, "column": 344 }, "end": { "line": 6, "column": 348 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 342 }, "end": { "line": 6, "column": 350 } } }) : helper)) + '</span> <span class="muted">(' + alias4((helper = lookupProperty(helpers, "tag") || alias1(depth0, "tag", { "start": { "line": 6, "column": 381 }, "end": { "line": 6, "column": 384 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tag", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 379 }, "end": { "line": 6, "column": 386 } } }) : helper)) + ", since " + alias4((helper = lookupProperty(helpers, "sinceDay") || alias1(depth0, "sinceDay", { "start": { "line": 6, "column": 396 }, "end": { "line": 6, "column": 404 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "sinceDay", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 394 }, "end": { "line": 6, "column": 406 } } }) : helper)) + ")</span> ";
  }, "6": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge ok">' + container.escapeExpression((helper = lookupProperty(helpers, "resolved") || container.strict(depth0, "resolved", { "start": { "line": 6, "column": 465 }, "end": { "line": 6, "column": 473 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "resolved", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 463 }, "end": { "line": 6, "column": 475 } } }) : helper)) + " resolved</span>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<span class="badge bad">came back ' + container.escapeExpression((helper = lookupProperty(helpers, "relapses") || container.strict(depth0, "relapses", { "start": { "line": 6, "column": 550 }, "end": { "line": 6, "column": 558 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "relapses", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 548 }, "end": { "line": 6, "column": 560 } } }) : helper)) + "\xD7</span>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression((helper = lookupProperty(helpers, "staleSentence") || container.strict(depth0, "staleSentence", { "start": { "line": 11, "column": 26 }, "end": { "line": 11, "column": 39 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "staleSentence", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 24 }, "end": { "line": 11, "column": 41 } } }) : helper)) + "</p>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Rests on concepts not mastered yet: " + container.escapeExpression((helper = lookupProperty(helpers, "gaps") || container.strict(depth0, "gaps", { "start": { "line": 12, "column": 53 }, "end": { "line": 12, "column": 57 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "gaps", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 51 }, "end": { "line": 12, "column": 59 } } }) : helper)) + ".</p>";
  }, "10": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="misconception">Open misconception [' + alias4((helper = lookupProperty(helpers, "tag") || alias1(depth0, "tag", { "start": { "line": 13, "column": 61 }, "end": { "line": 13, "column": 64 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tag", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 59 }, "end": { "line": 13, "column": 66 } } }) : helper)) + "], since " + alias4((helper = lookupProperty(helpers, "sinceDay") || alias1(depth0, "sinceDay", { "start": { "line": 13, "column": 77 }, "end": { "line": 13, "column": 85 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "sinceDay", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 75 }, "end": { "line": 13, "column": 87 } } }) : helper)) + ": " + alias4((helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 13, "column": 91 }, "end": { "line": 13, "column": 95 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 89 }, "end": { "line": 13, "column": 97 } } }) : helper)) + ". It is resolved only by a later, independent correct use.</p>";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression((helper = lookupProperty(helpers, "resolved") || alias1(depth0, "resolved", { "start": { "line": 14, "column": 21 }, "end": { "line": 14, "column": 29 } }), typeof helper === "function" ? helper.call(alias2, { "name": "resolved", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 19 }, "end": { "line": 14, "column": 31 } } }) : helper)) + " misconception" + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 14, "column": 56 }, "end": { "line": 14, "column": 58 } })).call(alias2, lookupProperty(depth0, "resolved"), 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 55 }, "end": { "line": 14, "column": 70 } } }), { "name": "unless", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 45 }, "end": { "line": 14, "column": 84 } } })) != null ? stack1 : "") + " on it resolved.</p>";
  }, "12": function(container, depth0, helpers, partials, data) {
    return "s";
  }, "13": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression((helper = lookupProperty(helpers, "relapseSentence") || container.strict(depth0, "relapseSentence", { "start": { "line": 15, "column": 28 }, "end": { "line": 15, "column": 43 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "relapseSentence", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 26 }, "end": { "line": 15, "column": 45 } } }) : helper)) + "</p>";
  }, "14": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="small"><strong>Recent exchanges, newest first</strong>' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "olderExchanges"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 88 }, "end": { "line": 16, "column": 155 } } })) != null ? stack1 : "") + ':</p>\n<ol class="exchanges">' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "exchanges"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 22 }, "end": { "line": 17, "column": 342 } } })) != null ? stack1 : "") + "</ol>";
  }, "15": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (" + container.escapeExpression((helper = lookupProperty(helpers, "olderExchanges") || container.strict(depth0, "olderExchanges", { "start": { "line": 16, "column": 114 }, "end": { "line": 16, "column": 128 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "olderExchanges", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 112 }, "end": { "line": 16, "column": 130 } } }) : helper)) + " older in the log)";
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="muted">' + alias4((helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 17, "column": 67 }, "end": { "line": 17, "column": 71 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 65 }, "end": { "line": 17, "column": 73 } } }) : helper)) + "</span> \xB7 quality " + alias4((helper = lookupProperty(helpers, "quality") || alias1(depth0, "quality", { "start": { "line": 17, "column": 93 }, "end": { "line": 17, "column": 100 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "quality", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 91 }, "end": { "line": 17, "column": 102 } } }) : helper)) + " \u2192 mastery " + alias4((helper = lookupProperty(helpers, "mastery") || alias1(depth0, "mastery", { "start": { "line": 17, "column": 115 }, "end": { "line": 17, "column": 122 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "mastery", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 113 }, "end": { "line": 17, "column": 124 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "resolved"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 124 }, "end": { "line": 17, "column": 174 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "misconception"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 174 }, "end": { "line": 17, "column": 257 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "note"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 257 }, "end": { "line": 17, "column": 328 } } })) != null ? stack1 : "") + "</li>";
  }, "17": function(container, depth0, helpers, partials, data) {
    return " \xB7 resolved a misconception";
  }, "18": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ' \xB7 <span class="misconception">' + container.escapeExpression((helper = lookupProperty(helpers, "misconception") || container.strict(depth0, "misconception", { "start": { "line": 17, "column": 228 }, "end": { "line": 17, "column": 241 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "misconception", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 226 }, "end": { "line": 17, "column": 243 } } }) : helper)) + "</span>";
  }, "19": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<br><span class="note">Tutor's note: ` + container.escapeExpression((helper = lookupProperty(helpers, "note") || container.strict(depth0, "note", { "start": { "line": 17, "column": 308 }, "end": { "line": 17, "column": 312 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "note", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 306 }, "end": { "line": 17, "column": 314 } } }) : helper)) + "</span>";
  }, "20": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="small"><strong>What mastery looks like</strong> (the behaviours the tutor probes):</p><ul class="small">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "behaviors"), { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 138 }, "end": { "line": 18, "column": 183 } } })) != null ? stack1 : "") + "</ul>";
  }, "21": function(container, depth0, helpers, partials, data) {
    return "<li>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</li>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li class="concept" data-concept="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 1, "column": 36 }, "end": { "line": 1, "column": 38 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 34 }, "end": { "line": 1, "column": 40 } } }) : helper)) + '">\n<details class="why"><summary class="row">\n<span class="head"><span class="name">' + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 3, "column": 40 }, "end": { "line": 3, "column": 44 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 38 }, "end": { "line": 3, "column": 46 } } }) : helper)) + '</span><br><span class="small status-' + alias4((helper = lookupProperty(helpers, "status") || alias1(depth0, "status", { "start": { "line": 3, "column": 85 }, "end": { "line": 3, "column": 91 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 83 }, "end": { "line": 3, "column": 93 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "statusLabel") || alias1(depth0, "statusLabel", { "start": { "line": 3, "column": 97 }, "end": { "line": 3, "column": 108 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "statusLabel", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 95 }, "end": { "line": 3, "column": 110 } } }) : helper)) + '</span> <span class="muted small">\xB7 ' + alias4((helper = lookupProperty(helpers, "observations") || alias1(depth0, "observations", { "start": { "line": 3, "column": 148 }, "end": { "line": 3, "column": 160 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "observations", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 146 }, "end": { "line": 3, "column": 162 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "lastEvidence"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 162 }, "end": { "line": 3, "column": 213 } } })) != null ? stack1 : "") + '</span></span>\n<span class="meter"><span class="bar" aria-hidden="true"><span class="tone-' + alias4((helper = lookupProperty(helpers, "tone") || alias1(depth0, "tone", { "start": { "line": 4, "column": 77 }, "end": { "line": 4, "column": 81 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tone", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 75 }, "end": { "line": 4, "column": 83 } } }) : helper)) + '" style="width: ' + alias4((lookupProperty(helpers, "width") || alias1(depth0, "width", { "start": { "line": 4, "column": 101 }, "end": { "line": 4, "column": 106 } })).call(alias2, lookupProperty(depth0, "mastery"), { "name": "width", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 99 }, "end": { "line": 4, "column": 116 } } })) + '"></span></span><span class="small">mastery ' + alias4((helper = lookupProperty(helpers, "masteryText") || alias1(depth0, "masteryText", { "start": { "line": 4, "column": 162 }, "end": { "line": 4, "column": 173 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "masteryText", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 160 }, "end": { "line": 4, "column": 175 } } }) : helper)) + '</span></span>\n<span class="spark">' + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "spark"), "points"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 20 }, "end": { "line": 5, "column": 330 } } })) != null ? stack1 : "") + "</span>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 6, "column": 7 }, "end": { "line": 6, "column": 9 } })).call(alias2, lookupProperty(depth0, "stale"), lookupProperty(depth0, "gaps"), lookupProperty(lookupProperty(depth0, "open"), "length"), lookupProperty(depth0, "resolved"), lookupProperty(depth0, "relapses"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 51 } } }), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 589 } } })) != null ? stack1 : "") + '\n</summary>\n<div class="evidence">\n<p data-testid="standing">' + alias4((helper = lookupProperty(helpers, "standing") || alias1(depth0, "standing", { "start": { "line": 9, "column": 28 }, "end": { "line": 9, "column": 36 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "standing", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 26 }, "end": { "line": 9, "column": 38 } } }) : helper)) + "</p>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "noteLinks"), depth0, { "name": "noteLinks", "hash": { "notes": lookupProperty(depth0, "notes") }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "staleSentence"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 52 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "gaps"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 12, "column": 71 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "open"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 13, "column": 168 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "resolved"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 111 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "relapseSentence"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 15, "column": 56 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "exchanges"), "length"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 17, "column": 354 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "behaviors"), "length"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 18, "column": 195 } } })) != null ? stack1 : "") + "\n</div>\n</details>\n</li>";
  }, "usePartial": true, "useData": true }],
  [`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{{#if live}}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'">{{else}}<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">{{/if}}
<title>{{title}} \xB7 dashboard</title>
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;
  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 1120px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.55rem; margin: .25rem 0; line-height: 1.25; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }
h3 { font-size: 1.02rem; margin: 0; display: inline; }
p { margin: .35rem 0; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: .86rem; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; }
.study { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: baseline; margin: .6rem 0; }
.hero { margin-top: 1rem; border-left: 5px solid var(--accent); }
.hero .score { font-size: 1.8rem; font-weight: 700; }
.exit-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }
.exit-item { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; margin: .5rem 0; background: #fff; }
.exit-item > summary { cursor: pointer; }
.exit-item .gist { display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; color: var(--muted); font-size: .9rem; }
.exit-item[open] .gist { display: none; }
footer { margin: 2rem 0 1rem; }
.note { color: var(--fg); }
.exit-item.passed { border-left: 5px solid var(--mastered-fg); }
.exit-item.ready { border-left: 5px solid var(--high-fg); }
.state { font-weight: 600; }
.state.passed { color: var(--mastered-fg); }
.state.ready { color: var(--high-fg); }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .4rem; padding: 0; list-style: none; }
.chip { font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); }
.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }
.tone-learning-high { background: var(--high); color: var(--high-fg); }
.tone-learning-low { background: var(--low); color: var(--low-fg); }
.tone-untouched { background: var(--untouched); color: var(--fg); }
.hero h2 { margin-top: 0; }
.standing { margin: .2rem 0; }
.facts { margin: .3rem 0 .6rem; padding-left: 1.1rem; }
.facts li { margin: .15rem 0; }
.next-move { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 8px; padding: .5rem .8rem; margin: .5rem 0; }
.next-move .label { margin: 0; color: var(--muted); font-size: .85rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }
.next-move .move { font-size: 1.15rem; margin: .1rem 0; }
.next-move .why { margin: .1rem 0; }
details.more > summary { cursor: pointer; color: var(--accent); padding: .2rem 0; }
ol.next { padding-left: 1.3rem; }
ol.next li { margin: .35rem 0; }
.kind { font-weight: 600; }
details { margin: .4rem 0; }
details.layer > summary { padding: .5rem .7rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; cursor: pointer; }
details.module { margin: .5rem 0 .5rem .6rem; border-left: 3px solid var(--line); padding-left: .7rem; }
details.module.current { border-left-color: var(--accent); }
details.module > summary { cursor: pointer; padding: .25rem 0; }
.badge { display: inline-block; font-size: .78rem; padding: 0 .45rem; border-radius: 4px; border: 1px solid currentColor; margin: .1rem .25rem .1rem 0; font-weight: 600; }
.badge.current { color: var(--accent); }
.badge.warn { color: var(--high-fg); }
.badge.bad { color: var(--low-fg); }
.badge.ok { color: var(--mastered-fg); }
.concepts { list-style: none; padding: 0; margin: .3rem 0; }
.concept { border-bottom: 1px solid var(--line); }
.concept summary.row { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) 84px; gap: .2rem .9rem; align-items: center; padding: .45rem 0; cursor: pointer; list-style: none; }
.concept summary.row::-webkit-details-marker { display: none; }
.concept summary.row .head::before { content: "\u25B8 "; color: var(--muted); }
.concept details[open] > summary.row .head::before { content: "\u25BE "; }
.concept .name { font-weight: 600; }
.meter { display: block; }
.bar { display: block; height: .55rem; background: var(--untouched); border-radius: 4px; overflow: hidden; border: 1px solid var(--line); }
.bar > span { display: block; height: 100%; }
.bar .tone-mastered { background: var(--mastered-fg); }
.bar .tone-learning-high { background: #bf8700; }
.bar .tone-learning-low { background: #cf222e; }
.flags { grid-column: 1 / -1; }
.evidence { padding: .2rem 0 .7rem 1.1rem; }
.evidence p { margin: .3rem 0; }
ol.exchanges { margin: .2rem 0; padding-left: 1.3rem; font-size: .9rem; }
ol.exchanges li { margin: .25rem 0; }
.misconception { color: var(--low-fg); }
.integrity { border-left: 4px solid var(--low-fg); color: var(--low-fg); }
svg text { font-family: system-ui, sans-serif; }
.chart { width: 100%; max-width: 680px; height: auto; display: block; }
.map-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
.map-scroll:focus { outline: 2px solid var(--accent); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; padding: 0; list-style: none; }
@media (max-width: 600px) {
  .concept summary.row { grid-template-columns: minmax(0, 1fr) 84px; }
  .concept .meter { grid-column: 1 / -1; }
  main { padding: .6rem; }
  .panel { padding: .6rem .7rem; }
  h1 { font-size: 1.3rem; }
}
{{> chartStyles}}
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="muted small" data-testid="as-of">As of {{asOf}} \xB7 {{#if empty}}no evidence yet{{else}}{{events}}, the last on {{lastEvent}}{{/if}}</p>
{{#if courseProblem}}<p class="panel integrity" role="alert" data-testid="course-problem"><strong>This page is not current: the course file is broken.</strong> It shows the last state that could be computed. {{courseProblem}}</p>{{/if}}
{{#if integrityProblem}}<p class="panel integrity" role="alert"><strong>The log does not verify.</strong> {{integrityProblem}} Run <code>tutor verify</code> for every finding.</p>{{/if}}
{{#if studyPages.length}}<nav class="study" aria-label="Study pages"><strong>Study pages:</strong>{{#each studyPages}} <a href="{{href}}">{{title}}</a>{{/each}}</nav>{{/if}}
{{> noteLinks notes=notes.all}}
</header>

<section class="panel hero" aria-labelledby="stand-h">
<h2 id="stand-h">Where you stand</h2>
{{#if empty}}<p>Nothing is recorded yet, so everything here reads 0. Open your tutor in this folder and begin with {{#if start}}<strong>{{start.module}}</strong>: <strong>{{start.concept}}</strong>{{else}}the first module{{/if}}. After every exchange the tutor records how it went, and this page fills in.</p>{{/if}}
<p class="standing"><span class="score" data-testid="overall">{{overall.percent}}%</span> <span class="muted">overall mastery, over all {{overall.concepts}} concepts</span></p>
<ul class="facts">
<li><strong data-testid="mastered">{{overall.mastered}}/{{overall.concepts}}</strong> concepts mastered{{#if overall.due}} <span class="badge warn">{{overall.due}} due for review</span>{{/if}}</li>
<li>Exit test: <strong>Mechanism {{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} \xB7 Build {{exitSummary.build.passed}}/{{exitSummary.build.total}}</strong> passed</li>
<li>Current module: <strong>{{#if currentModule}}{{currentModule.id}} \xB7 {{currentModule.name}}</strong> <span class="muted">({{currentModule.progress}})</span>{{else}}every module mastered</strong>{{/if}}</li>
</ul>
<div class="next-move" data-testid="next-move" id="next-h">
<p class="label">Next move</p>
{{#if firstMove}}<p class="move"><strong>{{firstMove.label}}: {{firstMove.target}}</strong></p>
<p class="why"><span class="muted">Why:</span> {{firstMove.why}}</p>{{else}}<p class="move">Nothing to suggest: the log is empty or everything is done.</p>{{/if}}
</div>
{{#if otherMoves.length}}<details class="more" data-testid="other-moves"><summary>{{otherMoves.length}} more next move{{#unless (eq otherMoves.length 1)}}s{{/unless}}, ranked</summary>
<ol class="next" start="2">
{{#each otherMoves}}<li><span class="kind">{{label}}:</span> {{target}}<br><span class="muted small">{{why}}</span></li>
{{/each}}
</ol></details>{{/if}}
{{#if relapses.length}}<p class="small"><strong>Came back after being resolved:</strong> {{#each relapses}}{{text}} <span class="muted">([{{tag}}], {{relapses}}\xD7{{#if open}}, open now{{else}}, resolved now{{/if}})</span>{{#unless @last}}; {{/unless}}{{/each}}</p>{{/if}}
{{#if readyToLearn.length}}<details class="more"><summary>Ready to learn: {{readyToLearn.length}} concept{{#unless (eq readyToLearn.length 1)}}s{{/unless}} whose prerequisites are all mastered</summary>
<ul class="chips" aria-label="Ready to learn">{{#each readyToLearn}}<li class="chip tone-{{tone}}">{{name}} \xB7 {{statusLabel}}</li>{{/each}}</ul></details>{{/if}}
</section>

<section aria-labelledby="exit-h">
<h2 id="exit-h">Exit test: Mechanism {{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} \xB7 Build {{exitSummary.build.passed}}/{{exitSummary.build.total}}</h2>
{{#if description}}<p>{{description}}</p>{{/if}}
<p class="muted small">The goal of the course. Mechanism items are explained cold; build items are shipped, with numbers. Open one for its prompt and its concepts.</p>
<div class="exit-grid">
<div>
<h3>Mechanism ({{exitSummary.mechanism.passed}}/{{exitSummary.mechanism.total}} passed): explain it cold</h3>
{{#each mechanism}}{{> exitItem}}{{/each}}
</div>
<div>
<h3>Build ({{exitSummary.build.passed}}/{{exitSummary.build.total}} passed): ship it, with numbers</h3>
{{#each build}}{{> exitItem}}{{/each}}
</div>
</div>
</section>

<section aria-labelledby="modules-h">
<h2 id="modules-h">Concept by concept: the evidence</h2>
<p class="muted small">Mastered means mastery \u2265 {{percent policy.mastery_threshold}} over at least {{policy.min_observations}} exchanges; mastery is an average of the exchanges' quality that weighs the latest most. A built-up concept with no evidence for {{policy.stale_days}} days is due for review. Open a concept for why it stands where it does.</p>
{{#each layers}}
<details class="layer" open data-layer="{{id}}">
<summary><h3>{{name}}</h3> <span class="muted small">{{progress}}</span>{{#if hasCurrent}} <span class="badge current">current</span>{{/if}}</summary>
{{#each modules}}
<details class="module{{#if current}} current{{/if}}"{{#if current}} open aria-current="step"{{/if}} data-module="{{id}}">
<summary><strong>{{id}} \xB7 {{name}}</strong> <span class="muted small">{{progress}} \xB7 {{percent mastery}}</span>{{#if current}} <span class="badge current">current module</span>{{/if}}</summary>
{{#if summary}}<p class="muted small">{{summary}}</p>{{/if}}
{{> noteLinks notes=(notesOf @root.notes.byModule id)}}
<ul class="concepts">
{{#each concepts}}
{{{html}}}
{{/each}}
</ul>
</details>
{{/each}}
</details>
{{/each}}
</section>

<section aria-labelledby="time-h">
<h2 id="time-h">Mastery over time</h2>
{{> timeline}}
</section>

{{> activity}}

{{> prereqMap}}

<footer class="muted small">Derived from memory/evidence.jsonl, the append-only log of every exchange, and regenerated after every record. Nothing on this page is typed in by hand.</footer>
</main>
{{#if live}}<script src="/__tutor/live.js" defer></script>{{/if}}
</body>
</html>
`, { "0": function(container, depth0, helpers, partials, data) {
    return `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'">`;
  }, "1": function(container, depth0, helpers, partials, data) {
    return `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;
  }, "2": function(container, depth0, helpers, partials, data) {
    return "no evidence yet";
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return alias4((helper = lookupProperty(helpers, "events") || alias1(depth0, "events", { "start": { "line": 105, "column": 98 }, "end": { "line": 105, "column": 104 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "events", "hash": {}, "data": data, "loc": { "start": { "line": 105, "column": 96 }, "end": { "line": 105, "column": 106 } } }) : helper)) + ", the last on " + alias4((helper = lookupProperty(helpers, "lastEvent") || alias1(depth0, "lastEvent", { "start": { "line": 105, "column": 122 }, "end": { "line": 105, "column": 131 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "lastEvent", "hash": {}, "data": data, "loc": { "start": { "line": 105, "column": 120 }, "end": { "line": 105, "column": 133 } } }) : helper));
  }, "4": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="panel integrity" role="alert" data-testid="course-problem"><strong>This page is not current: the course file is broken.</strong> It shows the last state that could be computed. ' + container.escapeExpression((helper = lookupProperty(helpers, "courseProblem") || container.strict(depth0, "courseProblem", { "start": { "line": 106, "column": 210 }, "end": { "line": 106, "column": 223 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "courseProblem", "hash": {}, "data": data, "loc": { "start": { "line": 106, "column": 208 }, "end": { "line": 106, "column": 225 } } }) : helper)) + "</p>";
  }, "5": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="panel integrity" role="alert"><strong>The log does not verify.</strong> ' + container.escapeExpression((helper = lookupProperty(helpers, "integrityProblem") || container.strict(depth0, "integrityProblem", { "start": { "line": 107, "column": 108 }, "end": { "line": 107, "column": 124 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "integrityProblem", "hash": {}, "data": data, "loc": { "start": { "line": 107, "column": 106 }, "end": { "line": 107, "column": 126 } } }) : helper)) + " Run <code>tutor verify</code> for every finding.</p>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<nav class="study" aria-label="Study pages"><strong>Study pages:</strong>' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "studyPages"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 108, "column": 98 }, "end": { "line": 108, "column": 160 } } })) != null ? stack1 : "") + "</nav>";
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ' <a href="' + alias4((helper = lookupProperty(helpers, "href") || alias1(depth0, "href", { "start": { "line": 108, "column": 130 }, "end": { "line": 108, "column": 134 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "href", "hash": {}, "data": data, "loc": { "start": { "line": 108, "column": 128 }, "end": { "line": 108, "column": 136 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 108, "column": 140 }, "end": { "line": 108, "column": 145 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 108, "column": 138 }, "end": { "line": 108, "column": 147 } } }) : helper)) + "</a>";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>Nothing is recorded yet, so everything here reads 0. Open your tutor in this folder and begin with " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "start"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 114, "column": 115 }, "end": { "line": 114, "column": 228 } } })) != null ? stack1 : "") + ". After every exchange the tutor records how it went, and this page fills in.</p>";
  }, "9": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<strong>" + alias3(alias2(alias1(lookupProperty(depth0, "start"), "module", { "start": { "line": 114, "column": 138 }, "end": { "line": 114, "column": 150 } }), depth0)) + "</strong>: <strong>" + alias3(alias2(alias1(lookupProperty(depth0, "start"), "concept", { "start": { "line": 114, "column": 173 }, "end": { "line": 114, "column": 186 } }), depth0)) + "</strong>";
  }, "10": function(container, depth0, helpers, partials, data) {
    return "the first module";
  }, "11": function(container, depth0, helpers, partials, data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ' <span class="badge warn">' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "overall"), "due", { "start": { "line": 117, "column": 150 }, "end": { "line": 117, "column": 161 } }), depth0)) + " due for review</span>";
  }, "12": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return alias3(alias2(alias1(lookupProperty(depth0, "currentModule"), "id", { "start": { "line": 119, "column": 51 }, "end": { "line": 119, "column": 67 } }), depth0)) + " \xB7 " + alias3(alias2(alias1(lookupProperty(depth0, "currentModule"), "name", { "start": { "line": 119, "column": 74 }, "end": { "line": 119, "column": 92 } }), depth0)) + '</strong> <span class="muted">(' + alias3(alias2(alias1(lookupProperty(depth0, "currentModule"), "progress", { "start": { "line": 119, "column": 127 }, "end": { "line": 119, "column": 149 } }), depth0)) + ")</span>";
  }, "13": function(container, depth0, helpers, partials, data) {
    return "every module mastered</strong>";
  }, "14": function(container, depth0, helpers, partials, data) {
    var alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="move"><strong>' + alias3(alias2(alias1(lookupProperty(depth0, "firstMove"), "label", { "start": { "line": 123, "column": 43 }, "end": { "line": 123, "column": 58 } }), depth0)) + ": " + alias3(alias2(alias1(lookupProperty(depth0, "firstMove"), "target", { "start": { "line": 123, "column": 64 }, "end": { "line": 123, "column": 80 } }), depth0)) + '</strong></p>\n<p class="why"><span class="muted">Why:</span> ' + alias3(alias2(alias1(lookupProperty(depth0, "firstMove"), "why", { "start": { "line": 124, "column": 49 }, "end": { "line": 124, "column": 62 } }), depth0)) + "</p>";
  }, "15": function(container, depth0, helpers, partials, data) {
    return '<p class="move">Nothing to suggest: the log is empty or everything is done.</p>';
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="more" data-testid="other-moves"><summary>' + container.escapeExpression(container.lambda(alias1(lookupProperty(depth0, "otherMoves"), "length", { "start": { "line": 126, "column": 84 }, "end": { "line": 126, "column": 101 } }), depth0)) + " more next move" + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 126, "column": 129 }, "end": { "line": 126, "column": 131 } })).call(alias2, lookupProperty(lookupProperty(depth0, "otherMoves"), "length"), 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 126, "column": 128 }, "end": { "line": 126, "column": 152 } } }), { "name": "unless", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 126, "column": 118 }, "end": { "line": 126, "column": 166 } } })) != null ? stack1 : "") + ', ranked</summary>\n<ol class="next" start="2">\n' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "otherMoves"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 128, "column": 0 }, "end": { "line": 129, "column": 9 } } })) != null ? stack1 : "") + "</ol></details>";
  }, "17": function(container, depth0, helpers, partials, data) {
    return "s";
  }, "18": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li><span class="kind">' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 128, "column": 45 }, "end": { "line": 128, "column": 50 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 128, "column": 43 }, "end": { "line": 128, "column": 52 } } }) : helper)) + ":</span> " + alias4((helper = lookupProperty(helpers, "target") || alias1(depth0, "target", { "start": { "line": 128, "column": 63 }, "end": { "line": 128, "column": 69 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "target", "hash": {}, "data": data, "loc": { "start": { "line": 128, "column": 61 }, "end": { "line": 128, "column": 71 } } }) : helper)) + '<br><span class="muted small">' + alias4((helper = lookupProperty(helpers, "why") || alias1(depth0, "why", { "start": { "line": 128, "column": 103 }, "end": { "line": 128, "column": 106 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 128, "column": 101 }, "end": { "line": 128, "column": 108 } } }) : helper)) + "</span></li>\n";
  }, "19": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="small"><strong>Came back after being resolved:</strong> ' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "relapses"), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 131, "column": 89 }, "end": { "line": 131, "column": 259 } } })) != null ? stack1 : "") + "</p>";
  }, "20": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return alias4((helper = lookupProperty(helpers, "text") || alias1(depth0, "text", { "start": { "line": 131, "column": 109 }, "end": { "line": 131, "column": 113 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 131, "column": 107 }, "end": { "line": 131, "column": 115 } } }) : helper)) + ' <span class="muted">([' + alias4((helper = lookupProperty(helpers, "tag") || alias1(depth0, "tag", { "start": { "line": 131, "column": 140 }, "end": { "line": 131, "column": 143 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tag", "hash": {}, "data": data, "loc": { "start": { "line": 131, "column": 138 }, "end": { "line": 131, "column": 145 } } }) : helper)) + "], " + alias4((helper = lookupProperty(helpers, "relapses") || alias1(depth0, "relapses", { "start": { "line": 131, "column": 150 }, "end": { "line": 131, "column": 158 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "relapses", "hash": {}, "data": data, "loc": { "start": { "line": 131, "column": 148 }, "end": { "line": 131, "column": 160 } } }) : helper)) + "\xD7" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "open"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.program(22, data, 0), "data": data, "loc": { "start": { "line": 131, "column": 161 }, "end": { "line": 131, "column": 212 } } })) != null ? stack1 : "") + ")</span>" + ((stack1 = lookupProperty(helpers, "unless").call(alias2, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 131, "column": 220 }, "end": { "line": 131, "column": 250 } } })) != null ? stack1 : "");
  }, "21": function(container, depth0, helpers, partials, data) {
    return ", open now";
  }, "22": function(container, depth0, helpers, partials, data) {
    return ", resolved now";
  }, "23": function(container, depth0, helpers, partials, data) {
    return "; ";
  }, "24": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="more"><summary>Ready to learn: ' + container.escapeExpression(container.lambda(alias1(lookupProperty(depth0, "readyToLearn"), "length", { "start": { "line": 132, "column": 76 }, "end": { "line": 132, "column": 95 } }), depth0)) + " concept" + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 132, "column": 116 }, "end": { "line": 132, "column": 118 } })).call(alias2, lookupProperty(lookupProperty(depth0, "readyToLearn"), "length"), 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 132, "column": 115 }, "end": { "line": 132, "column": 141 } } }), { "name": "unless", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 132, "column": 105 }, "end": { "line": 132, "column": 155 } } })) != null ? stack1 : "") + ' whose prerequisites are all mastered</summary>\n<ul class="chips" aria-label="Ready to learn">' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "readyToLearn"), { "name": "each", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 133, "column": 46 }, "end": { "line": 133, "column": 139 } } })) != null ? stack1 : "") + "</ul></details>";
  }, "25": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li class="chip tone-' + alias4((helper = lookupProperty(helpers, "tone") || alias1(depth0, "tone", { "start": { "line": 133, "column": 91 }, "end": { "line": 133, "column": 95 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tone", "hash": {}, "data": data, "loc": { "start": { "line": 133, "column": 89 }, "end": { "line": 133, "column": 97 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 133, "column": 101 }, "end": { "line": 133, "column": 105 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 133, "column": 99 }, "end": { "line": 133, "column": 107 } } }) : helper)) + " \xB7 " + alias4((helper = lookupProperty(helpers, "statusLabel") || alias1(depth0, "statusLabel", { "start": { "line": 133, "column": 112 }, "end": { "line": 133, "column": 123 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "statusLabel", "hash": {}, "data": data, "loc": { "start": { "line": 133, "column": 110 }, "end": { "line": 133, "column": 125 } } }) : helper)) + "</li>";
  }, "26": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "<p>" + container.escapeExpression((helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 138, "column": 24 }, "end": { "line": 138, "column": 35 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 138, "column": 22 }, "end": { "line": 138, "column": 37 } } }) : helper)) + "</p>";
  }, "27": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = container.invokePartial(lookupProperty(partials, "exitItem"), depth0, { "name": "exitItem", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "";
  }, "28": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="layer" open data-layer="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 156, "column": 42 }, "end": { "line": 156, "column": 44 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 156, "column": 40 }, "end": { "line": 156, "column": 46 } } }) : helper)) + '">\n<summary><h3>' + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 157, "column": 15 }, "end": { "line": 157, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 157, "column": 13 }, "end": { "line": 157, "column": 21 } } }) : helper)) + '</h3> <span class="muted small">' + alias4((helper = lookupProperty(helpers, "progress") || alias1(depth0, "progress", { "start": { "line": 157, "column": 55 }, "end": { "line": 157, "column": 63 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "progress", "hash": {}, "data": data, "loc": { "start": { "line": 157, "column": 53 }, "end": { "line": 157, "column": 65 } } }) : helper)) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "hasCurrent"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 157, "column": 72 }, "end": { "line": 157, "column": 140 } } })) != null ? stack1 : "") + "</summary>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "modules"), { "name": "each", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 158, "column": 0 }, "end": { "line": 169, "column": 9 } } })) != null ? stack1 : "") + "</details>\n";
  }, "29": function(container, depth0, helpers, partials, data) {
    return ' <span class="badge current">current</span>';
  }, "30": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="module' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "current"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 159, "column": 22 }, "end": { "line": 159, "column": 52 } } })) != null ? stack1 : "") + '"' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "current"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 159, "column": 53 }, "end": { "line": 159, "column": 100 } } })) != null ? stack1 : "") + ' data-module="' + alias4((helper = lookupProperty(helpers, "id") || alias2(depth0, "id", { "start": { "line": 159, "column": 116 }, "end": { "line": 159, "column": 118 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 159, "column": 114 }, "end": { "line": 159, "column": 120 } } }) : helper)) + '">\n<summary><strong>' + alias4((helper = lookupProperty(helpers, "id") || alias2(depth0, "id", { "start": { "line": 160, "column": 19 }, "end": { "line": 160, "column": 21 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 160, "column": 17 }, "end": { "line": 160, "column": 23 } } }) : helper)) + " \xB7 " + alias4((helper = lookupProperty(helpers, "name") || alias2(depth0, "name", { "start": { "line": 160, "column": 28 }, "end": { "line": 160, "column": 32 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 160, "column": 26 }, "end": { "line": 160, "column": 34 } } }) : helper)) + '</strong> <span class="muted small">' + alias4((helper = lookupProperty(helpers, "progress") || alias2(depth0, "progress", { "start": { "line": 160, "column": 72 }, "end": { "line": 160, "column": 80 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "progress", "hash": {}, "data": data, "loc": { "start": { "line": 160, "column": 70 }, "end": { "line": 160, "column": 82 } } }) : helper)) + " \xB7 " + alias4((lookupProperty(helpers, "percent") || alias2(depth0, "percent", { "start": { "line": 160, "column": 87 }, "end": { "line": 160, "column": 94 } })).call(alias1, lookupProperty(depth0, "mastery"), { "name": "percent", "hash": {}, "data": data, "loc": { "start": { "line": 160, "column": 85 }, "end": { "line": 160, "column": 104 } } })) + "</span>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "current"), { "name": "if", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 160, "column": 111 }, "end": { "line": 160, "column": 183 } } })) != null ? stack1 : "") + "</summary>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "summary"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 161, "column": 0 }, "end": { "line": 161, "column": 60 } } })) != null ? stack1 : "") + "\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "noteLinks"), depth0, { "name": "noteLinks", "hash": { "notes": (lookupProperty(helpers, "notesOf") || alias2(depth0, "notesOf", { "start": { "line": 162, "column": 21 }, "end": { "line": 162, "column": 28 } })).call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "notes"), "byModule"), lookupProperty(depth0, "id"), { "name": "notesOf", "hash": {}, "data": data, "loc": { "start": { "line": 162, "column": 20 }, "end": { "line": 162, "column": 53 } } }) }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '<ul class="concepts">\n' + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "concepts"), { "name": "each", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 164, "column": 0 }, "end": { "line": 166, "column": 9 } } })) != null ? stack1 : "") + "</ul>\n</details>\n";
  }, "31": function(container, depth0, helpers, partials, data) {
    return " current";
  }, "32": function(container, depth0, helpers, partials, data) {
    return ' open aria-current="step"';
  }, "33": function(container, depth0, helpers, partials, data) {
    return ' <span class="badge current">current module</span>';
  }, "34": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="muted small">' + container.escapeExpression((helper = lookupProperty(helpers, "summary") || container.strict(depth0, "summary", { "start": { "line": 161, "column": 40 }, "end": { "line": 161, "column": 47 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 161, "column": 38 }, "end": { "line": 161, "column": 49 } } }) : helper)) + "</p>";
  }, "35": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (helper = lookupProperty(helpers, "html") || container.strict(depth0, "html", { "start": { "line": 165, "column": 3 }, "end": { "line": 165, "column": 7 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "html", "hash": {}, "data": data, "loc": { "start": { "line": 165, "column": 0 }, "end": { "line": 165, "column": 10 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "36": function(container, depth0, helpers, partials, data) {
    return '<script src="/__tutor/live.js" defer></script>';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "live"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 294 } } })) != null ? stack1 : "") + "\n<title>" + alias4((helper = lookupProperty(helpers, "title") || alias2(depth0, "title", { "start": { "line": 7, "column": 9 }, "end": { "line": 7, "column": 14 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 7 }, "end": { "line": 7, "column": 16 } } }) : helper)) + ' \xB7 dashboard</title>\n<style>\n:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;\n  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4; }\n* { box-sizing: border-box; }\nhtml { -webkit-text-size-adjust: 100%; }\nbody { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }\nmain { max-width: 1120px; margin: 0 auto; padding: 1rem; }\nh1 { font-size: 1.55rem; margin: .25rem 0; line-height: 1.25; }\nh2 { font-size: 1.2rem; margin: 2rem 0 .6rem; }\nh3 { font-size: 1.02rem; margin: 0; display: inline; }\np { margin: .35rem 0; }\na { color: var(--accent); }\n.muted { color: var(--muted); }\n.small { font-size: .86rem; }\n.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .8rem 1rem; }\n.study { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: baseline; margin: .6rem 0; }\n.hero { margin-top: 1rem; border-left: 5px solid var(--accent); }\n.hero .score { font-size: 1.8rem; font-weight: 700; }\n.exit-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 1rem; }\n.exit-item { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; margin: .5rem 0; background: #fff; }\n.exit-item > summary { cursor: pointer; }\n.exit-item .gist { display: block; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; color: var(--muted); font-size: .9rem; }\n.exit-item[open] .gist { display: none; }\nfooter { margin: 2rem 0 1rem; }\n.note { color: var(--fg); }\n.exit-item.passed { border-left: 5px solid var(--mastered-fg); }\n.exit-item.ready { border-left: 5px solid var(--high-fg); }\n.state { font-weight: 600; }\n.state.passed { color: var(--mastered-fg); }\n.state.ready { color: var(--high-fg); }\n.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .4rem; padding: 0; list-style: none; }\n.chip { font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); }\n.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }\n.tone-learning-high { background: var(--high); color: var(--high-fg); }\n.tone-learning-low { background: var(--low); color: var(--low-fg); }\n.tone-untouched { background: var(--untouched); color: var(--fg); }\n.hero h2 { margin-top: 0; }\n.standing { margin: .2rem 0; }\n.facts { margin: .3rem 0 .6rem; padding-left: 1.1rem; }\n.facts li { margin: .15rem 0; }\n.next-move { background: #fff; border: 1px solid var(--line); border-left: 5px solid var(--accent); border-radius: 8px; padding: .5rem .8rem; margin: .5rem 0; }\n.next-move .label { margin: 0; color: var(--muted); font-size: .85rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; }\n.next-move .move { font-size: 1.15rem; margin: .1rem 0; }\n.next-move .why { margin: .1rem 0; }\ndetails.more > summary { cursor: pointer; color: var(--accent); padding: .2rem 0; }\nol.next { padding-left: 1.3rem; }\nol.next li { margin: .35rem 0; }\n.kind { font-weight: 600; }\ndetails { margin: .4rem 0; }\ndetails.layer > summary { padding: .5rem .7rem; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; cursor: pointer; }\ndetails.module { margin: .5rem 0 .5rem .6rem; border-left: 3px solid var(--line); padding-left: .7rem; }\ndetails.module.current { border-left-color: var(--accent); }\ndetails.module > summary { cursor: pointer; padding: .25rem 0; }\n.badge { display: inline-block; font-size: .78rem; padding: 0 .45rem; border-radius: 4px; border: 1px solid currentColor; margin: .1rem .25rem .1rem 0; font-weight: 600; }\n.badge.current { color: var(--accent); }\n.badge.warn { color: var(--high-fg); }\n.badge.bad { color: var(--low-fg); }\n.badge.ok { color: var(--mastered-fg); }\n.concepts { list-style: none; padding: 0; margin: .3rem 0; }\n.concept { border-bottom: 1px solid var(--line); }\n.concept summary.row { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) 84px; gap: .2rem .9rem; align-items: center; padding: .45rem 0; cursor: pointer; list-style: none; }\n.concept summary.row::-webkit-details-marker { display: none; }\n.concept summary.row .head::before { content: "\u25B8 "; color: var(--muted); }\n.concept details[open] > summary.row .head::before { content: "\u25BE "; }\n.concept .name { font-weight: 600; }\n.meter { display: block; }\n.bar { display: block; height: .55rem; background: var(--untouched); border-radius: 4px; overflow: hidden; border: 1px solid var(--line); }\n.bar > span { display: block; height: 100%; }\n.bar .tone-mastered { background: var(--mastered-fg); }\n.bar .tone-learning-high { background: #bf8700; }\n.bar .tone-learning-low { background: #cf222e; }\n.flags { grid-column: 1 / -1; }\n.evidence { padding: .2rem 0 .7rem 1.1rem; }\n.evidence p { margin: .3rem 0; }\nol.exchanges { margin: .2rem 0; padding-left: 1.3rem; font-size: .9rem; }\nol.exchanges li { margin: .25rem 0; }\n.misconception { color: var(--low-fg); }\n.integrity { border-left: 4px solid var(--low-fg); color: var(--low-fg); }\nsvg text { font-family: system-ui, sans-serif; }\n.chart { width: 100%; max-width: 680px; height: auto; display: block; }\n.map-scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: #fff; }\n.map-scroll:focus { outline: 2px solid var(--accent); }\n.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; padding: 0; list-style: none; }\n@media (max-width: 600px) {\n  .concept summary.row { grid-template-columns: minmax(0, 1fr) 84px; }\n  .concept .meter { grid-column: 1 / -1; }\n  main { padding: .6rem; }\n  .panel { padding: .6rem .7rem; }\n  h1 { font-size: 1.3rem; }\n}\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "chartStyles"), depth0, { "name": "chartStyles", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</style>\n</head>\n<body>\n<main>\n<header>\n<h1>" + alias4((helper = lookupProperty(helpers, "title") || alias2(depth0, "title", { "start": { "line": 104, "column": 6 }, "end": { "line": 104, "column": 11 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 104, "column": 4 }, "end": { "line": 104, "column": 13 } } }) : helper)) + '</h1>\n<p class="muted small" data-testid="as-of">As of ' + alias4((helper = lookupProperty(helpers, "asOf") || alias2(depth0, "asOf", { "start": { "line": 105, "column": 51 }, "end": { "line": 105, "column": 55 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "asOf", "hash": {}, "data": data, "loc": { "start": { "line": 105, "column": 49 }, "end": { "line": 105, "column": 57 } } }) : helper)) + " \xB7 " + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "empty"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 105, "column": 60 }, "end": { "line": 105, "column": 140 } } })) != null ? stack1 : "") + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "courseProblem"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 106, "column": 0 }, "end": { "line": 106, "column": 236 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "integrityProblem"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 107, "column": 0 }, "end": { "line": 107, "column": 186 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "studyPages"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 108, "column": 0 }, "end": { "line": 108, "column": 173 } } })) != null ? stack1 : "") + "\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "noteLinks"), depth0, { "name": "noteLinks", "hash": { "notes": lookupProperty(lookupProperty(depth0, "notes"), "all") }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '</header>\n\n<section class="panel hero" aria-labelledby="stand-h">\n<h2 id="stand-h">Where you stand</h2>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "empty"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 114, "column": 0 }, "end": { "line": 114, "column": 316 } } })) != null ? stack1 : "") + '\n<p class="standing"><span class="score" data-testid="overall">' + alias4(alias5(alias2(lookupProperty(depth0, "overall"), "percent", { "start": { "line": 115, "column": 64 }, "end": { "line": 115, "column": 79 } }), depth0)) + '%</span> <span class="muted">overall mastery, over all ' + alias4(alias5(alias2(lookupProperty(depth0, "overall"), "concepts", { "start": { "line": 115, "column": 138 }, "end": { "line": 115, "column": 154 } }), depth0)) + ' concepts</span></p>\n<ul class="facts">\n<li><strong data-testid="mastered">' + alias4(alias5(alias2(lookupProperty(depth0, "overall"), "mastered", { "start": { "line": 117, "column": 37 }, "end": { "line": 117, "column": 53 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(depth0, "overall"), "concepts", { "start": { "line": 117, "column": 58 }, "end": { "line": 117, "column": 74 } }), depth0)) + "</strong> concepts mastered" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "overall"), "due"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 117, "column": 103 }, "end": { "line": 117, "column": 192 } } })) != null ? stack1 : "") + "</li>\n<li>Exit test: <strong>Mechanism " + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "mechanism"), "passed", { "start": { "line": 118, "column": 35 }, "end": { "line": 118, "column": 63 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "mechanism"), "total", { "start": { "line": 118, "column": 68 }, "end": { "line": 118, "column": 95 } }), depth0)) + " \xB7 Build " + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "build"), "passed", { "start": { "line": 118, "column": 108 }, "end": { "line": 118, "column": 132 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "build"), "total", { "start": { "line": 118, "column": 137 }, "end": { "line": 118, "column": 160 } }), depth0)) + "</strong> passed</li>\n<li>Current module: <strong>" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "currentModule"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.program(13, data, 0), "data": data, "loc": { "start": { "line": 119, "column": 28 }, "end": { "line": 119, "column": 204 } } })) != null ? stack1 : "") + '</li>\n</ul>\n<div class="next-move" data-testid="next-move" id="next-h">\n<p class="label">Next move</p>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "firstMove"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.program(15, data, 0), "data": data, "loc": { "start": { "line": 123, "column": 0 }, "end": { "line": 124, "column": 162 } } })) != null ? stack1 : "") + "\n</div>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "otherMoves"), "length"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 126, "column": 0 }, "end": { "line": 130, "column": 22 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "relapses"), "length"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 131, "column": 0 }, "end": { "line": 131, "column": 270 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "readyToLearn"), "length"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 132, "column": 0 }, "end": { "line": 133, "column": 161 } } })) != null ? stack1 : "") + '\n</section>\n\n<section aria-labelledby="exit-h">\n<h2 id="exit-h">Exit test: Mechanism ' + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "mechanism"), "passed", { "start": { "line": 137, "column": 39 }, "end": { "line": 137, "column": 67 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "mechanism"), "total", { "start": { "line": 137, "column": 72 }, "end": { "line": 137, "column": 99 } }), depth0)) + " \xB7 Build " + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "build"), "passed", { "start": { "line": 137, "column": 112 }, "end": { "line": 137, "column": 136 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "build"), "total", { "start": { "line": 137, "column": 141 }, "end": { "line": 137, "column": 164 } }), depth0)) + "</h2>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 138, "column": 0 }, "end": { "line": 138, "column": 48 } } })) != null ? stack1 : "") + '\n<p class="muted small">The goal of the course. Mechanism items are explained cold; build items are shipped, with numbers. Open one for its prompt and its concepts.</p>\n<div class="exit-grid">\n<div>\n<h3>Mechanism (' + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "mechanism"), "passed", { "start": { "line": 142, "column": 17 }, "end": { "line": 142, "column": 45 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "mechanism"), "total", { "start": { "line": 142, "column": 50 }, "end": { "line": 142, "column": 77 } }), depth0)) + " passed): explain it cold</h3>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "mechanism"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 143, "column": 0 }, "end": { "line": 143, "column": 42 } } })) != null ? stack1 : "") + "\n</div>\n<div>\n<h3>Build (" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "build"), "passed", { "start": { "line": 146, "column": 13 }, "end": { "line": 146, "column": 37 } }), depth0)) + "/" + alias4(alias5(alias2(lookupProperty(lookupProperty(depth0, "exitSummary"), "build"), "total", { "start": { "line": 146, "column": 42 }, "end": { "line": 146, "column": 65 } }), depth0)) + " passed): ship it, with numbers</h3>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "build"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 147, "column": 0 }, "end": { "line": 147, "column": 38 } } })) != null ? stack1 : "") + '\n</div>\n</div>\n</section>\n\n<section aria-labelledby="modules-h">\n<h2 id="modules-h">Concept by concept: the evidence</h2>\n<p class="muted small">Mastered means mastery \u2265 ' + alias4((lookupProperty(helpers, "percent") || alias2(depth0, "percent", { "start": { "line": 154, "column": 50 }, "end": { "line": 154, "column": 57 } })).call(alias1, lookupProperty(lookupProperty(depth0, "policy"), "mastery_threshold"), { "name": "percent", "hash": {}, "data": data, "loc": { "start": { "line": 154, "column": 48 }, "end": { "line": 154, "column": 84 } } })) + " over at least " + alias4(alias5(alias2(lookupProperty(depth0, "policy"), "min_observations", { "start": { "line": 154, "column": 101 }, "end": { "line": 154, "column": 124 } }), depth0)) + " exchanges; mastery is an average of the exchanges' quality that weighs the latest most. A built-up concept with no evidence for " + alias4(alias5(alias2(lookupProperty(depth0, "policy"), "stale_days", { "start": { "line": 154, "column": 257 }, "end": { "line": 154, "column": 274 } }), depth0)) + " days is due for review. Open a concept for why it stands where it does.</p>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "layers"), { "name": "each", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 155, "column": 0 }, "end": { "line": 171, "column": 9 } } })) != null ? stack1 : "") + '</section>\n\n<section aria-labelledby="time-h">\n<h2 id="time-h">Mastery over time</h2>\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "timeline"), depth0, { "name": "timeline", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</section>\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "activity"), depth0, { "name": "activity", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "prereqMap"), depth0, { "name": "prereqMap", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\n<footer class="muted small">Derived from memory/evidence.jsonl, the append-only log of every exchange, and regenerated after every record. Nothing on this page is typed in by hand.</footer>\n</main>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "live"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 185, "column": 0 }, "end": { "line": 185, "column": 65 } } })) != null ? stack1 : "") + "\n</body>\n</html>\n";
  }, "usePartial": true, "useData": true }],
  [`<details class="exit-item {{state}}" data-exit="{{id}}">
<summary><strong>{{id}}</strong> <span class="gist">{{prompt}}</span> <span class="state {{state}}">{{#if (eq state 'ready')}}\u25C6 {{/if}}{{#if (eq state 'passed')}}\u2713 {{/if}}{{stateLabel}}</span> <span class="muted small">\xB7 {{attempts}}{{#if lastAttempt}}, {{lastAttempt}}{{/if}}{{#if (eq state 'passed')}} \xB7 {{progress}}{{/if}}</span></summary>
<p>{{prompt}}</p>
{{#if passedNote}}<p class="small note">{{passedNote}}</p>{{/if}}
<ul class="chips" aria-label="Required concepts">{{#each requires}}<li class="chip tone-{{tone}}" title="{{standing}}">{{#if (eq status 'mastered')}}\u2713 {{/if}}{{name}} {{masteryText}}{{#if chipHint}} \xB7 {{chipHint}}{{/if}}</li>{{/each}}</ul>
</details>`, { "0": function(container, depth0, helpers, partials, data) {
    return "\u25C6 ";
  }, "1": function(container, depth0, helpers, partials, data) {
    return "\u2713 ";
  }, "2": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ", " + container.escapeExpression((helper = lookupProperty(helpers, "lastAttempt") || container.strict(depth0, "lastAttempt", { "start": { "line": 2, "column": 256 }, "end": { "line": 2, "column": 267 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "lastAttempt", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 254 }, "end": { "line": 2, "column": 269 } } }) : helper));
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 " + container.escapeExpression((helper = lookupProperty(helpers, "progress") || container.strict(depth0, "progress", { "start": { "line": 2, "column": 308 }, "end": { "line": 2, "column": 316 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "progress", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 306 }, "end": { "line": 2, "column": 318 } } }) : helper));
  }, "4": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="small note">' + container.escapeExpression((helper = lookupProperty(helpers, "passedNote") || container.strict(depth0, "passedNote", { "start": { "line": 4, "column": 42 }, "end": { "line": 4, "column": 52 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "passedNote", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 40 }, "end": { "line": 4, "column": 54 } } }) : helper)) + "</p>";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li class="chip tone-' + alias4((helper = lookupProperty(helpers, "tone") || alias1(depth0, "tone", { "start": { "line": 5, "column": 90 }, "end": { "line": 5, "column": 94 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tone", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 88 }, "end": { "line": 5, "column": 96 } } }) : helper)) + '" title="' + alias4((helper = lookupProperty(helpers, "standing") || alias1(depth0, "standing", { "start": { "line": 5, "column": 107 }, "end": { "line": 5, "column": 115 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "standing", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 105 }, "end": { "line": 5, "column": 117 } } }) : helper)) + '">' + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 5, "column": 126 }, "end": { "line": 5, "column": 128 } })).call(alias2, lookupProperty(depth0, "status"), "mastered", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 125 }, "end": { "line": 5, "column": 147 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 119 }, "end": { "line": 5, "column": 158 } } })) != null ? stack1 : "") + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 5, "column": 160 }, "end": { "line": 5, "column": 164 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 158 }, "end": { "line": 5, "column": 166 } } }) : helper)) + " " + alias4((helper = lookupProperty(helpers, "masteryText") || alias1(depth0, "masteryText", { "start": { "line": 5, "column": 169 }, "end": { "line": 5, "column": 180 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "masteryText", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 167 }, "end": { "line": 5, "column": 182 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "chipHint"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 182 }, "end": { "line": 5, "column": 220 } } })) != null ? stack1 : "") + "</li>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \xB7 " + container.escapeExpression((helper = lookupProperty(helpers, "chipHint") || container.strict(depth0, "chipHint", { "start": { "line": 5, "column": 203 }, "end": { "line": 5, "column": 211 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "chipHint", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 201 }, "end": { "line": 5, "column": 213 } } }) : helper));
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="exit-item ' + alias4((helper = lookupProperty(helpers, "state") || alias1(depth0, "state", { "start": { "line": 1, "column": 28 }, "end": { "line": 1, "column": 33 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 26 }, "end": { "line": 1, "column": 35 } } }) : helper)) + '" data-exit="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 1, "column": 50 }, "end": { "line": 1, "column": 52 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 48 }, "end": { "line": 1, "column": 54 } } }) : helper)) + '">\n<summary><strong>' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 2, "column": 19 }, "end": { "line": 2, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 17 }, "end": { "line": 2, "column": 23 } } }) : helper)) + '</strong> <span class="gist">' + alias4((helper = lookupProperty(helpers, "prompt") || alias1(depth0, "prompt", { "start": { "line": 2, "column": 54 }, "end": { "line": 2, "column": 60 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "prompt", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 52 }, "end": { "line": 2, "column": 62 } } }) : helper)) + '</span> <span class="state ' + alias4((helper = lookupProperty(helpers, "state") || alias1(depth0, "state", { "start": { "line": 2, "column": 91 }, "end": { "line": 2, "column": 96 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 89 }, "end": { "line": 2, "column": 98 } } }) : helper)) + '">' + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 2, "column": 107 }, "end": { "line": 2, "column": 109 } })).call(alias2, lookupProperty(depth0, "state"), "ready", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 106 }, "end": { "line": 2, "column": 124 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 100 }, "end": { "line": 2, "column": 135 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 2, "column": 142 }, "end": { "line": 2, "column": 144 } })).call(alias2, lookupProperty(depth0, "state"), "passed", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 141 }, "end": { "line": 2, "column": 160 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 135 }, "end": { "line": 2, "column": 171 } } })) != null ? stack1 : "") + alias4((helper = lookupProperty(helpers, "stateLabel") || alias1(depth0, "stateLabel", { "start": { "line": 2, "column": 173 }, "end": { "line": 2, "column": 183 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "stateLabel", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 171 }, "end": { "line": 2, "column": 185 } } }) : helper)) + '</span> <span class="muted small">\xB7 ' + alias4((helper = lookupProperty(helpers, "attempts") || alias1(depth0, "attempts", { "start": { "line": 2, "column": 223 }, "end": { "line": 2, "column": 231 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "attempts", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 221 }, "end": { "line": 2, "column": 233 } } }) : helper)) + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "lastAttempt"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 233 }, "end": { "line": 2, "column": 276 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 2, "column": 283 }, "end": { "line": 2, "column": 285 } })).call(alias2, lookupProperty(depth0, "state"), "passed", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 282 }, "end": { "line": 2, "column": 301 } } }), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 276 }, "end": { "line": 2, "column": 325 } } })) != null ? stack1 : "") + "</span></summary>\n<p>" + alias4((helper = lookupProperty(helpers, "prompt") || alias1(depth0, "prompt", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "prompt", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 13 } } }) : helper)) + "</p>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "passedNote"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 65 } } })) != null ? stack1 : "") + '\n<ul class="chips" aria-label="Required concepts">' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "requires"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 49 }, "end": { "line": 5, "column": 234 } } })) != null ? stack1 : "") + "</ul>\n</details>";
  }, "useData": true }],
  [`{{#if map}}<section aria-labelledby="map-h" data-section="map">
<h2 id="map-h">Prerequisite map</h2>
<p class="muted small">Each concept comes after everything it needs: arrows run from a prerequisite to what it unlocks. Each box gives the concept's full name and standing; red links are prerequisite gaps; the current module's concepts have a dark outline.</p>
<ul class="legend" aria-label="Legend"><li class="chip tone-mastered">\u2713 mastered</li><li class="chip tone-learning-high">learning, \u2265 50%</li><li class="chip tone-learning-low">learning, &lt; 50%</li><li class="chip tone-untouched">not started</li></ul>
{{#if near}}<div class="map-near" data-map="near">
<h3>Around {{near.module}}</h3>
<p class="muted small">This module's concepts, what they need from other modules and what they unlock there (dashed).</p>
<div class="map-scroll" tabindex="0" role="region" aria-label="Map around {{near.module}} (scrolls sideways)">{{{near.svg}}}</div>
</div>{{/if}}
<div data-map="full">
<h3 class="map-phone-only">The whole course</h3>
<div class="map-scroll" tabindex="0" role="region" aria-label="Prerequisite map of the whole course (scrolls sideways)">{{{map.svg}}}</div>
</div>
</section>{{/if}}`, { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<section aria-labelledby="map-h" data-section="map">
<h2 id="map-h">Prerequisite map</h2>
<p class="muted small">Each concept comes after everything it needs: arrows run from a prerequisite to what it unlocks. Each box gives the concept's full name and standing; red links are prerequisite gaps; the current module's concepts have a dark outline.</p>
<ul class="legend" aria-label="Legend"><li class="chip tone-mastered">\u2713 mastered</li><li class="chip tone-learning-high">learning, \u2265 50%</li><li class="chip tone-learning-low">learning, &lt; 50%</li><li class="chip tone-untouched">not started</li></ul>
` + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "near"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 9, "column": 13 } } })) != null ? stack1 : "") + '\n<div data-map="full">\n<h3 class="map-phone-only">The whole course</h3>\n<div class="map-scroll" tabindex="0" role="region" aria-label="Prerequisite map of the whole course (scrolls sideways)">' + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "map"), "svg", { "start": { "line": 12, "column": 123 }, "end": { "line": 12, "column": 130 } }), depth0)) != null ? stack1 : "") + "</div>\n</div>\n</section>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<div class="map-near" data-map="near">\n<h3>Around ' + alias3(alias2(alias1(lookupProperty(depth0, "near"), "module", { "start": { "line": 6, "column": 13 }, "end": { "line": 6, "column": 24 } }), depth0)) + `</h3>
<p class="muted small">This module's concepts, what they need from other modules and what they unlock there (dashed).</p>
<div class="map-scroll" tabindex="0" role="region" aria-label="Map around ` + alias3(alias2(alias1(lookupProperty(depth0, "near"), "module", { "start": { "line": 8, "column": 76 }, "end": { "line": 8, "column": 87 } }), depth0)) + ' (scrolls sideways)">' + ((stack1 = alias2(alias1(lookupProperty(depth0, "near"), "svg", { "start": { "line": 8, "column": 113 }, "end": { "line": 8, "column": 121 } }), depth0)) != null ? stack1 : "") + "</div>\n</div>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "map"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 14, "column": 17 } } })) != null ? stack1 : "";
  }, "useData": true }],
  ['<svg class="time-chart time-{{size}}" data-chart="timeline" viewBox="0 0 {{chart.width}} {{chart.height}}" role="img" aria-labelledby="time-title-{{size}}">\n<title id="time-title-{{size}}">Overall mastery by day, {{first}} to {{last}}</title>\n{{#each chart.ticks}}<line x1="{{x}}" x2="{{x}}" y1="{{../chart.plot.top}}" y2="{{../chart.plot.bottom}}" stroke="#eaeef2"/>{{/each}}\n{{#each chart.gridlines}}<line x1="{{../chart.plot.left}}" x2="{{../chart.plot.right}}" y1="{{y}}" y2="{{y}}" stroke="#d0d7de"/><text x="{{../chart.plot.labelX}}" y="{{y}}" font-size="{{../chart.fontSize}}" text-anchor="end" dominant-baseline="middle" fill="#57606a">{{label}}</text>{{/each}}\n{{#each chart.ticks}}<line x1="{{x}}" x2="{{x}}" y1="{{../chart.plot.bottom}}" y2="{{../chart.plot.tickEnd}}" stroke="#8c959f"/><text x="{{x}}" y="{{../chart.tickY}}" font-size="{{../chart.fontSize}}" text-anchor="middle" fill="#57606a">{{label}}</text>{{/each}}\n<polyline points="{{chart.points}}" fill="none" stroke="#0550ae" stroke-width="2.5" stroke-linejoin="round"/>\n{{#each chart.dots}}<circle cx="{{x}}" cy="{{y}}" r="4" fill="#0550ae"><title>{{label}}</title></circle>{{/each}}\n</svg>', { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<line x1="' + alias4((helper = lookupProperty(helpers, "x") || alias1(depth0, "x", { "start": { "line": 3, "column": 33 }, "end": { "line": 3, "column": 34 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "x", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 31 }, "end": { "line": 3, "column": 36 } } }) : helper)) + '" x2="' + alias4((helper = lookupProperty(helpers, "x") || alias1(depth0, "x", { "start": { "line": 3, "column": 44 }, "end": { "line": 3, "column": 45 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "x", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 42 }, "end": { "line": 3, "column": 47 } } }) : helper)) + '" y1="' + alias4(alias5(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "top", { "start": { "line": 3, "column": 55 }, "end": { "line": 3, "column": 72 } }), depth0)) + '" y2="' + alias4(alias5(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "bottom", { "start": { "line": 3, "column": 82 }, "end": { "line": 3, "column": 102 } }), depth0)) + '" stroke="#eaeef2"/>';
  }, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var helper, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, alias4 = depth0 != null ? depth0 : container.nullContext || {}, alias5 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<line x1="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "left", { "start": { "line": 4, "column": 37 }, "end": { "line": 4, "column": 55 } }), depth0)) + '" x2="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "right", { "start": { "line": 4, "column": 65 }, "end": { "line": 4, "column": 84 } }), depth0)) + '" y1="' + alias3((helper = lookupProperty(helpers, "y") || alias1(depth0, "y", { "start": { "line": 4, "column": 94 }, "end": { "line": 4, "column": 95 } }), typeof helper === alias5 ? helper.call(alias4, { "name": "y", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 92 }, "end": { "line": 4, "column": 97 } } }) : helper)) + '" y2="' + alias3((helper = lookupProperty(helpers, "y") || alias1(depth0, "y", { "start": { "line": 4, "column": 105 }, "end": { "line": 4, "column": 106 } }), typeof helper === alias5 ? helper.call(alias4, { "name": "y", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 103 }, "end": { "line": 4, "column": 108 } } }) : helper)) + '" stroke="#d0d7de"/><text x="' + alias3(alias2(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "labelX", { "start": { "line": 4, "column": 139 }, "end": { "line": 4, "column": 159 } }), depth0)) + '" y="' + alias3((helper = lookupProperty(helpers, "y") || alias1(depth0, "y", { "start": { "line": 4, "column": 168 }, "end": { "line": 4, "column": 169 } }), typeof helper === alias5 ? helper.call(alias4, { "name": "y", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 166 }, "end": { "line": 4, "column": 171 } } }) : helper)) + '" font-size="' + alias3(alias2(alias1(lookupProperty(depths[1], "chart"), "fontSize", { "start": { "line": 4, "column": 186 }, "end": { "line": 4, "column": 203 } }), depth0)) + '" text-anchor="end" dominant-baseline="middle" fill="#57606a">' + alias3((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 4, "column": 269 }, "end": { "line": 4, "column": 274 } }), typeof helper === alias5 ? helper.call(alias4, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 267 }, "end": { "line": 4, "column": 276 } } }) : helper)) + "</text>";
  }, "2": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<line x1="' + alias4((helper = lookupProperty(helpers, "x") || alias1(depth0, "x", { "start": { "line": 5, "column": 33 }, "end": { "line": 5, "column": 34 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "x", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 31 }, "end": { "line": 5, "column": 36 } } }) : helper)) + '" x2="' + alias4((helper = lookupProperty(helpers, "x") || alias1(depth0, "x", { "start": { "line": 5, "column": 44 }, "end": { "line": 5, "column": 45 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "x", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 42 }, "end": { "line": 5, "column": 47 } } }) : helper)) + '" y1="' + alias4(alias5(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "bottom", { "start": { "line": 5, "column": 55 }, "end": { "line": 5, "column": 75 } }), depth0)) + '" y2="' + alias4(alias5(alias1(lookupProperty(lookupProperty(depths[1], "chart"), "plot"), "tickEnd", { "start": { "line": 5, "column": 85 }, "end": { "line": 5, "column": 106 } }), depth0)) + '" stroke="#8c959f"/><text x="' + alias4((helper = lookupProperty(helpers, "x") || alias1(depth0, "x", { "start": { "line": 5, "column": 139 }, "end": { "line": 5, "column": 140 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "x", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 137 }, "end": { "line": 5, "column": 142 } } }) : helper)) + '" y="' + alias4(alias5(alias1(lookupProperty(depths[1], "chart"), "tickY", { "start": { "line": 5, "column": 149 }, "end": { "line": 5, "column": 163 } }), depth0)) + '" font-size="' + alias4(alias5(alias1(lookupProperty(depths[1], "chart"), "fontSize", { "start": { "line": 5, "column": 180 }, "end": { "line": 5, "column": 197 } }), depth0)) + '" text-anchor="middle" fill="#57606a">' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 5, "column": 239 }, "end": { "line": 5, "column": 244 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 237 }, "end": { "line": 5, "column": 246 } } }) : helper)) + "</text>";
  }, "3": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<circle cx="' + alias4((helper = lookupProperty(helpers, "x") || alias1(depth0, "x", { "start": { "line": 7, "column": 34 }, "end": { "line": 7, "column": 35 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "x", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 32 }, "end": { "line": 7, "column": 37 } } }) : helper)) + '" cy="' + alias4((helper = lookupProperty(helpers, "y") || alias1(depth0, "y", { "start": { "line": 7, "column": 45 }, "end": { "line": 7, "column": 46 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "y", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 43 }, "end": { "line": 7, "column": 48 } } }) : helper)) + '" r="4" fill="#0550ae"><title>' + alias4((helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 7, "column": 80 }, "end": { "line": 7, "column": 85 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 78 }, "end": { "line": 7, "column": 87 } } }) : helper)) + "</title></circle>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, alias5 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<svg class="time-chart time-' + alias4((helper = lookupProperty(helpers, "size") || alias1(depth0, "size", { "start": { "line": 1, "column": 30 }, "end": { "line": 1, "column": 34 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "size", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 28 }, "end": { "line": 1, "column": 36 } } }) : helper)) + '" data-chart="timeline" viewBox="0 0 ' + alias4(alias5(alias1(lookupProperty(depth0, "chart"), "width", { "start": { "line": 1, "column": 75 }, "end": { "line": 1, "column": 86 } }), depth0)) + " " + alias4(alias5(alias1(lookupProperty(depth0, "chart"), "height", { "start": { "line": 1, "column": 91 }, "end": { "line": 1, "column": 103 } }), depth0)) + '" role="img" aria-labelledby="time-title-' + alias4((helper = lookupProperty(helpers, "size") || alias1(depth0, "size", { "start": { "line": 1, "column": 148 }, "end": { "line": 1, "column": 152 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "size", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 146 }, "end": { "line": 1, "column": 154 } } }) : helper)) + '">\n<title id="time-title-' + alias4((helper = lookupProperty(helpers, "size") || alias1(depth0, "size", { "start": { "line": 2, "column": 24 }, "end": { "line": 2, "column": 28 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "size", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 22 }, "end": { "line": 2, "column": 30 } } }) : helper)) + '">Overall mastery by day, ' + alias4((helper = lookupProperty(helpers, "first") || alias1(depth0, "first", { "start": { "line": 2, "column": 58 }, "end": { "line": 2, "column": 63 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "first", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 56 }, "end": { "line": 2, "column": 65 } } }) : helper)) + " to " + alias4((helper = lookupProperty(helpers, "last") || alias1(depth0, "last", { "start": { "line": 2, "column": 71 }, "end": { "line": 2, "column": 75 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "last", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 69 }, "end": { "line": 2, "column": 77 } } }) : helper)) + "</title>\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "chart"), "ticks"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 3, "column": 133 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "chart"), "gridlines"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 292 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "chart"), "ticks"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 262 } } })) != null ? stack1 : "") + '\n<polyline points="' + alias4(alias5(alias1(lookupProperty(depth0, "chart"), "points", { "start": { "line": 6, "column": 20 }, "end": { "line": 6, "column": 32 } }), depth0)) + '" fill="none" stroke="#0550ae" stroke-width="2.5" stroke-linejoin="round"/>\n' + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "chart"), "dots"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 113 } } })) != null ? stack1 : "") + "\n</svg>";
  }, "useData": true, "useDepths": true }],
  ['{{#if timeline}}\n<p class="muted small">Overall mastery at the end of each day with evidence; the axis runs by date, so a gap between dots is days without study.</p>\n{{> timelineChart chart=timeline.wide size="wide" first=timeline.first last=timeline.last}}\n{{> timelineChart chart=timeline.narrow size="narrow" first=timeline.first last=timeline.last}}\n{{else}}<p class="muted">The line starts with the first recorded exchange.</p>{{/if}}', { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="muted small">Overall mastery at the end of each day with evidence; the axis runs by date, so a gap between dots is days without study.</p>\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "timelineChart"), depth0, { "name": "timelineChart", "hash": { "last": lookupProperty(lookupProperty(depth0, "timeline"), "last"), "first": lookupProperty(lookupProperty(depth0, "timeline"), "first"), "size": "wide", "chart": lookupProperty(lookupProperty(depth0, "timeline"), "wide") }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "timelineChart"), depth0, { "name": "timelineChart", "hash": { "last": lookupProperty(lookupProperty(depth0, "timeline"), "last"), "first": lookupProperty(lookupProperty(depth0, "timeline"), "first"), "size": "narrow", "chart": lookupProperty(lookupProperty(depth0, "timeline"), "narrow") }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    return '<p class="muted">The line starts with the first recorded exchange.</p>';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "timeline"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 5, "column": 85 } } })) != null ? stack1 : "";
  }, "usePartial": true, "useData": true }],
  [`{{#each items}}
{{#if branch}}<details class="rewound"><summary>{{branch.label}}</summary>
{{> transcriptItems items=branch.items}}
</details>
{{/if}}
{{#if turn}}<article class="turn {{turn.role}}"><p class="who">{{turn.label}} <span class="muted">\xB7 {{turn.time}}</span></p>
{{{turn.html}}}
{{#if turn.thinking}}<details class="reasoning"><summary>Tutor's stored reasoning</summary>{{{turn.thinking}}}</details>{{/if}}
</article>
{{/if}}
{{/each}}`, { "0": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "branch"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 5, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "turn"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "");
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="rewound"><summary>' + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0, "branch"), "label", { "start": { "line": 2, "column": 50 }, "end": { "line": 2, "column": 62 } }), depth0)) + "</summary>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "transcriptItems"), depth0, { "name": "transcriptItems", "hash": { "items": lookupProperty(lookupProperty(depth0, "branch"), "items") }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</details>\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<article class="turn ' + alias3(alias2(alias1(lookupProperty(depth0, "turn"), "role", { "start": { "line": 6, "column": 35 }, "end": { "line": 6, "column": 44 } }), depth0)) + '"><p class="who">' + alias3(alias2(alias1(lookupProperty(depth0, "turn"), "label", { "start": { "line": 6, "column": 65 }, "end": { "line": 6, "column": 75 } }), depth0)) + ' <span class="muted">\xB7 ' + alias3(alias2(alias1(lookupProperty(depth0, "turn"), "time", { "start": { "line": 6, "column": 102 }, "end": { "line": 6, "column": 111 } }), depth0)) + "</span></p>\n" + ((stack1 = alias2(alias1(lookupProperty(depth0, "turn"), "html", { "start": { "line": 7, "column": 3 }, "end": { "line": 7, "column": 12 } }), depth0)) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "turn"), "thinking"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 127 } } })) != null ? stack1 : "") + "\n</article>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<details class="reasoning"><summary>Tutor's stored reasoning</summary>` + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "turn"), "thinking", { "start": { "line": 8, "column": 94 }, "end": { "line": 8, "column": 107 } }), depth0)) != null ? stack1 : "") + "</details>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "items"), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "";
  }, "usePartial": true, "useData": true }],
  [`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --learner:#eef4ff; --tutor:#f6f8fa; --accent:#0550ae; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); overflow-wrap: anywhere; }
main { max-width: 900px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .3rem 0; }
h2 { font-size: 1.1rem; margin: 0; display: inline; }
.muted { color: var(--muted); }
details.day { margin: 1rem 0; }
details.day > summary { cursor: pointer; padding: .5rem .7rem; border: 1px solid var(--line); border-radius: 8px; background: #fff; position: sticky; top: 0; }
.turn { border-radius: 10px; padding: .4rem .9rem; margin: .7rem 0; border: 1px solid var(--line); }
.turn.learner { background: var(--learner); margin-right: 8%; }
.turn.tutor { background: var(--tutor); margin-left: 4%; }
.who { font-weight: 700; font-size: .85rem; }
.turn pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }
.turn code { font-size: .9em; }
.turn p.typed { white-space: pre-wrap; tab-size: 4; }
details.rewound { margin: .7rem 0; padding: .1rem .7rem; border: 1px dashed var(--muted); border-radius: 8px; }
details.rewound > summary { cursor: pointer; padding: .3rem 0; color: var(--muted); font-size: .9rem; }
details.rewound[open] > summary { border-bottom: 1px dashed var(--line); }
.turn table { border-collapse: collapse; display: block; overflow-x: auto; }
.turn th, .turn td { border: 1px solid var(--line); padding: .25rem .5rem; }
.turn blockquote { border-left: 3px solid var(--line); margin: .5rem 0; padding-left: .8rem; color: var(--muted); }
.reasoning summary { cursor: pointer; color: var(--muted); font-size: .85rem; }
.afterthought { margin-top: 2.5rem; border-top: 3px double var(--line); padding-top: 1rem; }
a { color: var(--accent); }
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="muted">{{summary}}. Verbatim from the tutor's session logs; tool calls, tool output and harness messages left out{{#if redacted}}; e-mail addresses and secrets replaced by [redacted] markers{{/if}}. <a href="./index.html">Dashboard</a></p>
</header>
{{#if empty}}<p>No tutoring conversation has been recorded for this workspace yet.</p>{{/if}}
{{#each days}}
<details class="day" open data-day="{{key}}">
<summary><h2>{{heading}}</h2></summary>
{{> transcriptItems items=items}}
</details>
{{/each}}
{{#if observations}}
<section class="afterthought" aria-labelledby="after-h">
<h2 id="after-h">Afterthought: the tutor's observations of the learner</h2>
<p class="muted"><em>Written by the tutor in memory/observations.md: an authored read of the learner, not part of the verbatim transcript.</em></p>
{{{observations}}}
</section>
{{/if}}
</main>
</body>
</html>
`, { "0": function(container, depth0, helpers, partials, data) {
    return "; e-mail addresses and secrets replaced by [redacted] markers";
  }, "1": function(container, depth0, helpers, partials, data) {
    return "<p>No tutoring conversation has been recorded for this workspace yet.</p>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<details class="day" open data-day="' + alias4((helper = lookupProperty(helpers, "key") || alias1(depth0, "key", { "start": { "line": 44, "column": 38 }, "end": { "line": 44, "column": 41 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "key", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 36 }, "end": { "line": 44, "column": 43 } } }) : helper)) + '">\n<summary><h2>' + alias4((helper = lookupProperty(helpers, "heading") || alias1(depth0, "heading", { "start": { "line": 45, "column": 15 }, "end": { "line": 45, "column": 22 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "heading", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 13 }, "end": { "line": 45, "column": 24 } } }) : helper)) + "</h2></summary>\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "transcriptItems"), depth0, { "name": "transcriptItems", "hash": { "items": lookupProperty(depth0, "items") }, "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "</details>\n";
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<section class="afterthought" aria-labelledby="after-h">
<h2 id="after-h">Afterthought: the tutor's observations of the learner</h2>
<p class="muted"><em>Written by the tutor in memory/observations.md: an authored read of the learner, not part of the verbatim transcript.</em></p>
` + ((stack1 = (helper = lookupProperty(helpers, "observations") || container.strict(depth0, "observations", { "start": { "line": 53, "column": 3 }, "end": { "line": 53, "column": 15 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "observations", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 53, "column": 18 } } }) : helper)) != null ? stack1 : "") + "\n</section>\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>` + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 7, "column": 9 }, "end": { "line": 7, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 7 }, "end": { "line": 7, "column": 16 } } }) : helper)) + '</title>\n<style>\n:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --learner:#eef4ff; --tutor:#f6f8fa; --accent:#0550ae; }\n* { box-sizing: border-box; }\nbody { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); overflow-wrap: anywhere; }\nmain { max-width: 900px; margin: 0 auto; padding: 1rem; }\nh1 { font-size: 1.5rem; margin: .3rem 0; }\nh2 { font-size: 1.1rem; margin: 0; display: inline; }\n.muted { color: var(--muted); }\ndetails.day { margin: 1rem 0; }\ndetails.day > summary { cursor: pointer; padding: .5rem .7rem; border: 1px solid var(--line); border-radius: 8px; background: #fff; position: sticky; top: 0; }\n.turn { border-radius: 10px; padding: .4rem .9rem; margin: .7rem 0; border: 1px solid var(--line); }\n.turn.learner { background: var(--learner); margin-right: 8%; }\n.turn.tutor { background: var(--tutor); margin-left: 4%; }\n.who { font-weight: 700; font-size: .85rem; }\n.turn pre { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }\n.turn code { font-size: .9em; }\n.turn p.typed { white-space: pre-wrap; tab-size: 4; }\ndetails.rewound { margin: .7rem 0; padding: .1rem .7rem; border: 1px dashed var(--muted); border-radius: 8px; }\ndetails.rewound > summary { cursor: pointer; padding: .3rem 0; color: var(--muted); font-size: .9rem; }\ndetails.rewound[open] > summary { border-bottom: 1px dashed var(--line); }\n.turn table { border-collapse: collapse; display: block; overflow-x: auto; }\n.turn th, .turn td { border: 1px solid var(--line); padding: .25rem .5rem; }\n.turn blockquote { border-left: 3px solid var(--line); margin: .5rem 0; padding-left: .8rem; color: var(--muted); }\n.reasoning summary { cursor: pointer; color: var(--muted); font-size: .85rem; }\n.afterthought { margin-top: 2.5rem; border-top: 3px double var(--line); padding-top: 1rem; }\na { color: var(--accent); }\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 39, "column": 6 }, "end": { "line": 39, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 4 }, "end": { "line": 39, "column": 13 } } }) : helper)) + '</h1>\n<p class="muted">' + alias4((helper = lookupProperty(helpers, "summary") || alias1(depth0, "summary", { "start": { "line": 40, "column": 19 }, "end": { "line": 40, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 17 }, "end": { "line": 40, "column": 28 } } }) : helper)) + ". Verbatim from the tutor's session logs; tool calls, tool output and harness messages left out" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "redacted"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 123 }, "end": { "line": 40, "column": 207 } } })) != null ? stack1 : "") + '. <a href="./index.html">Dashboard</a></p>\n</header>\n' + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "empty"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 42, "column": 93 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "days"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 48, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "observations"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 55, "column": 7 } } })) != null ? stack1 : "") + "</main>\n</body>\n</html>\n";
  }, "usePartial": true, "useData": true }],
  ['{{#if notes.length}}<p class="small note-links" data-testid="note-links"><strong>Study notes:</strong>{{#each notes}} <a href="{{href}}">{{title}}</a>{{#unless @last}} \xB7{{/unless}}{{/each}}</p>{{/if}}', { "0": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="small note-links" data-testid="note-links"><strong>Study notes:</strong>' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "notes"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 102 }, "end": { "line": 1, "column": 189 } } })) != null ? stack1 : "") + "</p>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ' <a href="' + alias4((helper = lookupProperty(helpers, "href") || alias1(depth0, "href", { "start": { "line": 1, "column": 129 }, "end": { "line": 1, "column": 133 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "href", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 127 }, "end": { "line": 1, "column": 135 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 1, "column": 139 }, "end": { "line": 1, "column": 144 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 137 }, "end": { "line": 1, "column": 146 } } }) : helper)) + "</a>" + ((stack1 = lookupProperty(helpers, "unless").call(alias2, lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 150 }, "end": { "line": 1, "column": 180 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    return " \xB7";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "notes"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 1, "column": 200 } } })) != null ? stack1 : "";
  }, "useData": true }],
  [`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<title>{{title}} \xB7 study note</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../assets/katex/katex.min.css">
<style>
:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;
  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4;
  --must:#fff8e1; --must-fg:#7d4e00; --curious:#eef4ff; --curious-fg:#0550ae; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
main { max-width: 820px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .3rem 0; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; }
h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.small { font-size: .88rem; }
.crumbs { margin: .2rem 0 .6rem; }
.lede { font-size: 1.05rem; margin: .3rem 0; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .7rem 1rem; margin: 1rem 0; }
.panel h2 { margin: 0 0 .4rem; font-size: 1.05rem; }
.tags, .chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0; padding: 0; list-style: none; }
.tag, .chip { display: inline-block; font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); background: #fff; }
.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }
.tone-learning-high { background: var(--high); color: var(--high-fg); }
.tone-learning-low { background: var(--low); color: var(--low-fg); }
.tone-untouched { background: var(--untouched); color: var(--fg); }
ul.standing { list-style: none; padding: 0; margin: .3rem 0; }
ul.standing li { padding: .4rem 0; border-top: 1px solid var(--line); }
ul.standing li:first-child { border-top: 0; }
.problems { border-left: 4px solid var(--high-fg); }
.note-body pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }
.note-body code { font-size: .9em; }
.note-body :not(pre) > code { background: var(--panel); border-radius: 4px; padding: 0 .25em; }
.note-body img { max-width: 100%; height: auto; }
.note-body hr { border: 0; border-top: 1px solid var(--line); margin: 1.4rem 0; }
.note-body blockquote { border-left: 3px solid var(--line); margin: .8rem 0; padding: .1rem .9rem; color: var(--muted); }
.table-scroll { overflow-x: auto; margin: .8rem 0; }
.table-scroll table { border-collapse: collapse; }
.table-scroll th, .table-scroll td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; overflow-wrap: normal; min-width: 5ch; }
.math-display { display: block; overflow-x: auto; overflow-y: hidden; max-width: 100%; padding: .2rem 0; }
.katex-display { margin: .6rem 0; }
.math-error { color: var(--low-fg); }
aside.callout { border: 1px solid var(--line); border-left: 5px solid; border-radius: 8px; padding: .2rem 1rem; margin: 1rem 0; }
aside.callout-must-know { background: var(--must); border-left-color: var(--must-fg); }
aside.callout-curious { background: var(--curious); border-left-color: var(--curious-fg); }
.callout-title { margin: .5rem 0 .2rem; }
aside.callout-must-know .callout-title strong { color: var(--must-fg); }
aside.callout-curious .callout-title strong { color: var(--curious-fg); }
.footnotes { font-size: .9rem; }
.footnotes-sep { border: 0; border-top: 1px solid var(--line); margin-top: 2rem; }
footer { margin: 2rem 0 1rem; }
@media (max-width: 600px) { main { padding: .6rem; } h1 { font-size: 1.35rem; } .panel { padding: .6rem .7rem; } }
</style>
</head>
<body>
<main>
<nav class="crumbs small" aria-label="Back"><a href="../index.html" data-testid="back">\u2190 Dashboard</a></nav>
<header>
<h1>{{title}}</h1>
{{#if description}}<p class="lede">{{description}}</p>{{/if}}
{{#if modules.length}}<p class="muted small">{{#each modules}}{{#unless @first}} \xB7 {{/unless}}Module {{id}}: {{name}}{{/each}}</p>{{/if}}
{{#if tags.length}}<ul class="tags" aria-label="Tags" data-testid="tags">{{#each tags}}<li class="tag">#{{this}}</li>{{/each}}</ul>{{/if}}
</header>
{{#if concepts.length}}<section class="panel" aria-labelledby="standing-h" data-testid="standing">
<h2 id="standing-h">Where you stand on this</h2>
<ul class="standing">
{{#each concepts}}<li data-concept="{{id}}"><strong>{{name}}</strong> <span class="chip tone-{{tone}}">{{statusLabel}} \xB7 mastery {{masteryText}}</span><br><span class="small">{{standing}}</span><br><span class="small"><strong>Next:</strong> {{next}}</span></li>
{{/each}}
</ul>
<p class="muted small">Updated from the log with every record; <a href="../index.html">the dashboard</a> has the evidence.</p>
</section>{{/if}}
{{#if problems.length}}<section class="panel problems" aria-labelledby="problems-h" data-testid="problems">
<h2 id="problems-h">Problems with this note</h2>
<ul class="small">{{#each problems}}<li>{{this}}</li>{{/each}}</ul>
</section>{{/if}}
<article class="note-body" data-testid="note-body">
{{{body}}}
</article>
<footer class="muted small">Rendered from {{source}} by <code>tutor build</code>. Edit the note, not this page.</footer>
</main>
</body>
</html>
`, { "0": function(container, depth0, helpers, partials, data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="lede">' + container.escapeExpression((helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 67, "column": 37 }, "end": { "line": 67, "column": 48 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 35 }, "end": { "line": 67, "column": 50 } } }) : helper)) + "</p>";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<p class="muted small">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "modules"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 45 }, "end": { "line": 68, "column": 126 } } })) != null ? stack1 : "") + "</p>";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "first"), { "name": "unless", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 62 }, "end": { "line": 68, "column": 94 } } })) != null ? stack1 : "") + "Module " + alias4((helper = lookupProperty(helpers, "id") || alias2(depth0, "id", { "start": { "line": 68, "column": 103 }, "end": { "line": 68, "column": 105 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 101 }, "end": { "line": 68, "column": 107 } } }) : helper)) + ": " + alias4((helper = lookupProperty(helpers, "name") || alias2(depth0, "name", { "start": { "line": 68, "column": 111 }, "end": { "line": 68, "column": 115 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 109 }, "end": { "line": 68, "column": 117 } } }) : helper));
  }, "3": function(container, depth0, helpers, partials, data) {
    return " \xB7 ";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<ul class="tags" aria-label="Tags" data-testid="tags">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tags"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 73 }, "end": { "line": 69, "column": 126 } } })) != null ? stack1 : "") + "</ul>";
  }, "5": function(container, depth0, helpers, partials, data) {
    return '<li class="tag">#' + container.escapeExpression(container.lambda(depth0, depth0)) + "</li>";
  }, "6": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section class="panel" aria-labelledby="standing-h" data-testid="standing">\n<h2 id="standing-h">Where you stand on this</h2>\n<ul class="standing">\n' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "concepts"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 74, "column": 0 }, "end": { "line": 75, "column": 9 } } })) != null ? stack1 : "") + '</ul>\n<p class="muted small">Updated from the log with every record; <a href="../index.html">the dashboard</a> has the evidence.</p>\n</section>';
  }, "7": function(container, depth0, helpers, partials, data) {
    var helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<li data-concept="' + alias4((helper = lookupProperty(helpers, "id") || alias1(depth0, "id", { "start": { "line": 74, "column": 38 }, "end": { "line": 74, "column": 40 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 36 }, "end": { "line": 74, "column": 42 } } }) : helper)) + '"><strong>' + alias4((helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 74, "column": 54 }, "end": { "line": 74, "column": 58 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 52 }, "end": { "line": 74, "column": 60 } } }) : helper)) + '</strong> <span class="chip tone-' + alias4((helper = lookupProperty(helpers, "tone") || alias1(depth0, "tone", { "start": { "line": 74, "column": 95 }, "end": { "line": 74, "column": 99 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "tone", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 93 }, "end": { "line": 74, "column": 101 } } }) : helper)) + '">' + alias4((helper = lookupProperty(helpers, "statusLabel") || alias1(depth0, "statusLabel", { "start": { "line": 74, "column": 105 }, "end": { "line": 74, "column": 116 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "statusLabel", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 103 }, "end": { "line": 74, "column": 118 } } }) : helper)) + " \xB7 mastery " + alias4((helper = lookupProperty(helpers, "masteryText") || alias1(depth0, "masteryText", { "start": { "line": 74, "column": 131 }, "end": { "line": 74, "column": 142 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "masteryText", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 129 }, "end": { "line": 74, "column": 144 } } }) : helper)) + '</span><br><span class="small">' + alias4((helper = lookupProperty(helpers, "standing") || alias1(depth0, "standing", { "start": { "line": 74, "column": 177 }, "end": { "line": 74, "column": 185 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "standing", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 175 }, "end": { "line": 74, "column": 187 } } }) : helper)) + '</span><br><span class="small"><strong>Next:</strong> ' + alias4((helper = lookupProperty(helpers, "next") || alias1(depth0, "next", { "start": { "line": 74, "column": 243 }, "end": { "line": 74, "column": 247 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "next", "hash": {}, "data": data, "loc": { "start": { "line": 74, "column": 241 }, "end": { "line": 74, "column": 249 } } }) : helper)) + "</span></li>\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '<section class="panel problems" aria-labelledby="problems-h" data-testid="problems">\n<h2 id="problems-h">Problems with this note</h2>\n<ul class="small">' + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "problems"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 81, "column": 18 }, "end": { "line": 81, "column": 62 } } })) != null ? stack1 : "") + "</ul>\n</section>";
  }, "9": function(container, depth0, helpers, partials, data) {
    return "<li>" + container.escapeExpression(container.lambda(depth0, depth0)) + "</li>";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<title>` + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 7, "column": 9 }, "end": { "line": 7, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 7 }, "end": { "line": 7, "column": 16 } } }) : helper)) + ' \xB7 study note</title>\n<link rel="icon" href="data:,">\n<link rel="stylesheet" href="../assets/katex/katex.min.css">\n<style>\n:root { --fg:#1f2328; --muted:#57606a; --line:#d0d7de; --bg:#ffffff; --panel:#f6f8fa; --accent:#0550ae;\n  --mastered:#d2f4dc; --mastered-fg:#116329; --high:#fff1c2; --high-fg:#7d4e00; --low:#ffe2e0; --low-fg:#a40e26; --untouched:#eef1f4;\n  --must:#fff8e1; --must-fg:#7d4e00; --curious:#eef4ff; --curious-fg:#0550ae; }\n* { box-sizing: border-box; }\nhtml { -webkit-text-size-adjust: 100%; }\nbody { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }\nmain { max-width: 820px; margin: 0 auto; padding: 1rem; }\nh1 { font-size: 1.6rem; margin: .3rem 0; line-height: 1.25; }\nh2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; }\nh3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; }\na { color: var(--accent); }\n.muted { color: var(--muted); }\n.small { font-size: .88rem; }\n.crumbs { margin: .2rem 0 .6rem; }\n.lede { font-size: 1.05rem; margin: .3rem 0; }\n.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: .7rem 1rem; margin: 1rem 0; }\n.panel h2 { margin: 0 0 .4rem; font-size: 1.05rem; }\n.tags, .chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0; padding: 0; list-style: none; }\n.tag, .chip { display: inline-block; font-size: .8rem; border-radius: 999px; padding: .05rem .55rem; border: 1px solid var(--line); background: #fff; }\n.tone-mastered { background: var(--mastered); color: var(--mastered-fg); }\n.tone-learning-high { background: var(--high); color: var(--high-fg); }\n.tone-learning-low { background: var(--low); color: var(--low-fg); }\n.tone-untouched { background: var(--untouched); color: var(--fg); }\nul.standing { list-style: none; padding: 0; margin: .3rem 0; }\nul.standing li { padding: .4rem 0; border-top: 1px solid var(--line); }\nul.standing li:first-child { border-top: 0; }\n.problems { border-left: 4px solid var(--high-fg); }\n.note-body pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem; overflow-x: auto; tab-size: 4; }\n.note-body code { font-size: .9em; }\n.note-body :not(pre) > code { background: var(--panel); border-radius: 4px; padding: 0 .25em; }\n.note-body img { max-width: 100%; height: auto; }\n.note-body hr { border: 0; border-top: 1px solid var(--line); margin: 1.4rem 0; }\n.note-body blockquote { border-left: 3px solid var(--line); margin: .8rem 0; padding: .1rem .9rem; color: var(--muted); }\n.table-scroll { overflow-x: auto; margin: .8rem 0; }\n.table-scroll table { border-collapse: collapse; }\n.table-scroll th, .table-scroll td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; overflow-wrap: normal; min-width: 5ch; }\n.math-display { display: block; overflow-x: auto; overflow-y: hidden; max-width: 100%; padding: .2rem 0; }\n.katex-display { margin: .6rem 0; }\n.math-error { color: var(--low-fg); }\naside.callout { border: 1px solid var(--line); border-left: 5px solid; border-radius: 8px; padding: .2rem 1rem; margin: 1rem 0; }\naside.callout-must-know { background: var(--must); border-left-color: var(--must-fg); }\naside.callout-curious { background: var(--curious); border-left-color: var(--curious-fg); }\n.callout-title { margin: .5rem 0 .2rem; }\naside.callout-must-know .callout-title strong { color: var(--must-fg); }\naside.callout-curious .callout-title strong { color: var(--curious-fg); }\n.footnotes { font-size: .9rem; }\n.footnotes-sep { border: 0; border-top: 1px solid var(--line); margin-top: 2rem; }\nfooter { margin: 2rem 0 1rem; }\n@media (max-width: 600px) { main { padding: .6rem; } h1 { font-size: 1.35rem; } .panel { padding: .6rem .7rem; } }\n</style>\n</head>\n<body>\n<main>\n<nav class="crumbs small" aria-label="Back"><a href="../index.html" data-testid="back">\u2190 Dashboard</a></nav>\n<header>\n<h1>' + alias4((helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 66, "column": 6 }, "end": { "line": 66, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 4 }, "end": { "line": 66, "column": 13 } } }) : helper)) + "</h1>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 67, "column": 61 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "modules"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 0 }, "end": { "line": 68, "column": 137 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tags"), "length"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 0 }, "end": { "line": 69, "column": 138 } } })) != null ? stack1 : "") + "\n</header>\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "concepts"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 78, "column": 17 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "problems"), "length"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 0 }, "end": { "line": 82, "column": 17 } } })) != null ? stack1 : "") + '\n<article class="note-body" data-testid="note-body">\n' + ((stack1 = (helper = lookupProperty(helpers, "body") || alias1(depth0, "body", { "start": { "line": 84, "column": 3 }, "end": { "line": 84, "column": 7 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 84, "column": 0 }, "end": { "line": 84, "column": 10 } } }) : helper)) != null ? stack1 : "") + '\n</article>\n<footer class="muted small">Rendered from ' + alias4((helper = lookupProperty(helpers, "source") || alias1(depth0, "source", { "start": { "line": 86, "column": 44 }, "end": { "line": 86, "column": 50 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "source", "hash": {}, "data": data, "loc": { "start": { "line": 86, "column": 42 }, "end": { "line": 86, "column": 52 } } }) : helper)) + " by <code>tutor build</code>. Edit the note, not this page.</footer>\n</main>\n</body>\n</html>\n";
  }, "useData": true }]
]);
function createEnvironment() {
  return import_runtime.default.create();
}
function compileTemplate(env, source) {
  const spec = SPECS.get(source);
  if (spec === void 0) throw new Error("a template was not precompiled at build time (scripts/bundle.mjs)");
  return env.template(spec);
}
var escapeExpression = import_runtime.default.escapeExpression;

export {
  createEnvironment,
  compileTemplate,
  escapeExpression
};
