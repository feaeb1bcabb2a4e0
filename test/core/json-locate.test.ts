import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../src/core/json-locate.js';

describe('locateJsonError', () => {
  it.each([
    ['{\n  "modules": [,]\n}', 2, 15, 'expected a value'],
    ['{"a": 1,}', 1, 8, 'trailing comma'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['{"a": 1', 1, 8, 'unexpected end of file'],
    ['{a: 1}', 1, 2, 'property name'],
    ['[1, 2] x', 1, 8, 'after the end'],
    ['', 1, 1, 'empty'],
    ['{"a": "x\ny"}', 1, 7, 'string is not closed'],
  ])('%j → line %i, column %i', (source, line, column, message) => {
    const error = locateJsonError(source);
    expect(error).toMatchObject({ line, column });
    expect(error?.message).toContain(message);
  });

  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });

  it('survives 200,000 levels of nesting', () => {
    expect(locateJsonError('['.repeat(200_000))?.message).toContain('unexpected end of file');
  });
});
