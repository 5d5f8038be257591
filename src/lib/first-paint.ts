import { LEGACY_THEME_STORAGE_KEY, THEME_STORAGE_KEY } from './theme.ts';

/**
 * Runs in <head> before the body is parsed. It must be tiny, self-contained and never throw: storage may be
 * blocked, in which case the system theme is used.
 */
export const FIRST_PAINT_SCRIPT = `(function(){var r=document.documentElement,c='system';r.dataset.js='';try{var s=localStorage;c=s.getItem('${THEME_STORAGE_KEY}')||s.getItem('${LEGACY_THEME_STORAGE_KEY}')||c}catch(e){}var d=c==='dark'||(c!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches);r.dataset.theme=d?'dark':'light'})();`;
