// Where a JSON text first goes wrong, as line and column. JSON.parse in Node 20 often reports no
// position ("Unexpected token ','"), and a hand-edited curriculum deserves one. Iterative (an
// explicit stack), so a hostile, deeply nested file cannot overflow the call stack.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

function position(source: string, offset: number): { line: number; column: number } {
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

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

type Expect = 'value' | 'key' | 'colon' | 'comma-or-end';

/** Returns null when the text is valid JSON. */
export function locateJsonError(source: string): JsonSyntaxError | null {
  const stack: ('object' | 'array')[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  let done = false;
  // True right after "{" or "[", where the container may close at once.
  let justOpened = false;
  const fail = (offset: number, message: string): JsonSyntaxError => ({ ...position(source, offset), message });
  const describe = (offset: number) => (offset >= source.length ? 'the end of the file' : `${JSON.stringify(source[offset])}`);

  for (;;) {
    while (i < source.length && ' \t\n\r'.includes(source[i] as string)) i++;
    if (done) return i < source.length ? fail(i, `unexpected ${describe(i)} after the end of the JSON value`) : null;
    if (i >= source.length) return fail(i, stack.length > 0 ? `unexpected end of file inside an ${stack[stack.length - 1]}` : 'the file is empty');
    const ch = source[i] as string;
    const opened = justOpened;
    justOpened = false;
    const afterValue = () => {
      if (stack.length === 0) done = true;
      else expect = 'comma-or-end';
    };
    switch (expect) {
      case 'value':
      case 'key': {
        if (opened && ch === '}' && stack[stack.length - 1] === 'object') {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (opened && ch === ']' && stack[stack.length - 1] === 'array') {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (ch === '"') {
          STRING.lastIndex = i;
          if (!STRING.test(source)) return fail(i, 'a string is not closed or holds an invalid escape or control character');
          i = STRING.lastIndex;
          if (expect === 'key') expect = 'colon';
          else afterValue();
          continue;
        }
        if (expect === 'key') return fail(i, `expected a "quoted" property name, found ${describe(i)}`);
        if (ch === '{') {
          stack.push('object');
          expect = 'key';
          justOpened = true;
          i++;
          continue;
        }
        if (ch === '[') {
          stack.push('array');
          expect = 'value';
          justOpened = true;
          i++;
          continue;
        }
        const word = ['true', 'false', 'null'].find((w) => source.startsWith(w, i));
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
        return fail(i, `expected a value, found ${describe(i)}`);
      }
      case 'colon':
        if (ch !== ':') return fail(i, `expected ":" after a property name, found ${describe(i)}`);
        expect = 'value';
        i++;
        continue;
      case 'comma-or-end': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          expect = top === 'object' ? 'key' : 'value';
          i++;
          // A trailing comma: the next token closes the container.
          let j = i;
          while (j < source.length && ' \t\n\r'.includes(source[j] as string)) j++;
          if (source[j] === '}' || source[j] === ']') return fail(i - 1, 'trailing comma before the closing bracket');
          continue;
        }
        if ((ch === '}' && top === 'object') || (ch === ']' && top === 'array')) {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        return fail(i, `expected "," or "${top === 'object' ? '}' : ']'}", found ${describe(i)}`);
      }
    }
  }
}
