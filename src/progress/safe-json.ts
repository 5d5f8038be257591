/** Keys that could reach an object's prototype if a parsed value were ever merged into another object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'not-json' | 'too-deep'; detail?: string }
  | { ok: false; problem: 'forbidden-key'; detail: string };

/** The deepest nesting of arrays and objects in JSON text, found without parsing it. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

/**
 * Parses untrusted JSON: refuses anything nested deeper than `maxDepth` before parsing (so a hostile file cannot
 * exhaust the stack) and any `__proto__`, `constructor` or `prototype` key.
 */
export function parseUntrustedJson(text: string, maxDepth: number): SafeJsonResult {
  if (nestingDepth(text) > maxDepth) return { ok: false, problem: 'too-deep' };
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (forbidden) return { ok: false, problem: 'forbidden-key', detail: forbidden };
  return { ok: true, value };
}
