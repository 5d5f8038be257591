/** One custom property declared in tokens.css, as the design page lists it. */
export interface DesignToken {
  name: string;
  value: string;
  group: TokenGroup;
}

export type TokenGroup = 'colour' | 'type' | 'space' | 'shape' | 'width' | 'other';

/** The group a token belongs to, from its value (colours are light-dark pairs) or its name. */
function groupOf(name: string, value: string): TokenGroup {
  if (value.startsWith('light-dark(')) return 'colour';
  if (/^--(step|font|leading)/.test(name)) return 'type';
  if (name.startsWith('--space')) return 'space';
  if (/^--(radius|shadow|focus|backdrop)/.test(name)) return 'shape';
  if (/^--(measure|content-width|page-width|header-height)$/.test(name)) return 'width';
  return 'other';
}

/** Every token declared in the first `:root { … }` block of a stylesheet, in order, comments left out. */
export function parseTokens(css: string): DesignToken[] {
  const root = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  return [...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => {
    const clean = value!.replace(/\s+/g, ' ').trim();
    return { name: name!, value: clean, group: groupOf(name!, clean) };
  });
}
