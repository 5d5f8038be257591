import type { AstroUserConfig } from 'astro';

/**
 * The Content-Security-Policy every page carries. Astro adds the hashes of its own scripts, styles and islands to
 * script-src and style-src; everything else is same-origin only. Pagefind compiles WebAssembly, which needs
 * 'wasm-unsafe-eval' (it allows WebAssembly compilation, not JavaScript eval).
 */
export const contentSecurityPolicy = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
} satisfies Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
