/** localStorage key of the reader's explicit theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'dfg-theme';

/** The two themes; the <html> element carries `dark` for the second. */
export type Theme = 'light' | 'dark';

/** While present on <html>, no element transitions (globals.css); set only for the instant of a switch. */
export const THEME_SWITCHING_CLASS = 'theme-switching';

/**
 * Puts the page in the given theme at once. Colours that ease (the visualizers' highlighted files,
 * tree nodes and ring arcs) would otherwise take 0.25 s to reach the new theme while text colours flip
 * at once, leaving light text on a light background in between. So transitions are switched off, the new
 * style is computed (reading a layout value forces it), and they are switched back on: the values
 * no longer change, so nothing starts.
 */
export function switchTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.add(THEME_SWITCHING_CLASS);
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
  void root.offsetHeight;
  root.classList.remove(THEME_SWITCHING_CLASS);
}

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: an explicit choice
 * wins, otherwise the system setting. It also follows later changes of the system setting while no
 * choice is stored, from the first moment (not only once React has hydrated). Kept tiny and
 * dependency-free on purpose. A later change of theme is made with transitions off, as
 * `switchTheme` above explains; the script's `a(d,1)` is the same steps, minified by hand.
 */
export const THEME_INIT_SCRIPT = `(function(){var r=document.documentElement,k='${THEME_STORAGE_KEY}',S='${THEME_SWITCHING_CLASS}';function c(){try{var s=localStorage.getItem(k);return s==='dark'||s==='light'?s:null}catch(e){return null}}function a(d,q){if(q)r.classList.add(S);r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light';if(q){void r.offsetHeight;r.classList.remove(S)}}var m=null;try{m=matchMedia('(prefers-color-scheme: dark)')}catch(e){}var s=c();a(s?s==='dark':!!(m&&m.matches));if(m&&m.addEventListener)m.addEventListener('change',function(e){if(!c())a(e.matches,1)})})()`;
