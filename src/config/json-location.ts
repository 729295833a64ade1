/**
 * Line and column of a key path in a JSON text, for messages about data files (images.json).
 * The text has already been parsed by JSON.parse, so this scanner trusts its syntax.
 */

export interface Location {
  readonly line: number;
  readonly column: number;
}

/**
 * Where the member at `path` starts (its key), or, when it does not exist, where the deepest
 * object on the path that does exist starts. Undefined when the text is not a JSON object.
 */
export function locateInJson(text: string, path: readonly string[]): Location | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '"') readString();
    else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      skipSpace();
      while (text[i] !== close) {
        if (c === '{') {
          readString();
          skipSpace();
          i++; // ':'
        }
        skipValue();
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
  };

  skipSpace();
  if (text[i] !== '{') return undefined;
  let found = i;
  for (const key of path) {
    skipSpace();
    if (text[i] !== '{') break;
    i++;
    let at: number | undefined;
    skipSpace();
    while (text[i] !== '}' && i < text.length) {
      const keyStart = i;
      const name = readString();
      skipSpace();
      i++; // ':'
      skipSpace();
      if (name === key) {
        at = keyStart;
        break;
      }
      skipValue();
      skipSpace();
      if (text[i] === ',') i++;
      skipSpace();
    }
    if (at === undefined) break;
    found = at;
  }
  const lines = text.slice(0, found).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}
