/** localStorage key of the reader's explicit theme choice ('light' | 'dark'); absent means "follow the system". */
export const THEME_STORAGE_KEY = 'dfg-theme';

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: an explicit choice
 * wins, otherwise the system setting. Kept tiny and dependency-free on purpose.
 */
export const THEME_INIT_SCRIPT = `(function(){var d=false;try{var s=localStorage.getItem('${THEME_STORAGE_KEY}');d=s==='dark'||(s!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches)}catch(e){}var r=document.documentElement;r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light'})()`;
