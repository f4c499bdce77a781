/** localStorage key of the reader's explicit theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'dfg-theme';

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: an explicit choice
 * wins, otherwise the system setting. It also follows later changes of the system setting while no
 * choice is stored, from the first moment (not only once React has hydrated). Kept tiny and
 * dependency-free on purpose.
 */
export const THEME_INIT_SCRIPT = `(function(){var r=document.documentElement,k='${THEME_STORAGE_KEY}';function c(){try{var s=localStorage.getItem(k);return s==='dark'||s==='light'?s:null}catch(e){return null}}function a(d){r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light'}var m=null;try{m=matchMedia('(prefers-color-scheme: dark)')}catch(e){}var s=c();a(s?s==='dark':!!(m&&m.matches));if(m&&m.addEventListener)m.addEventListener('change',function(e){if(!c())a(e.matches)})})()`;
