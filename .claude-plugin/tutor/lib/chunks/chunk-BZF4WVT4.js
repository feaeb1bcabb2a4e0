
// src/core/domain-limits.ts
var MAX_DOMAIN_BYTES = 2 * 1024 * 1024;

export {
  MAX_DOMAIN_BYTES
};
