/** The parts of a keydown event that decide whether it is a search shortcut. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * "/" (no modifiers), Ctrl-K or Cmd-K: move focus to the site search. Never while the reader types
 * in another field (`inEditableField`), where "/" is a character and Ctrl-K belongs to the field.
 */
export function isSearchShortcut(event: ShortcutKey, inEditableField: boolean): boolean {
  if (inEditableField || event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
}

/**
 * The option a combobox key moves to: ArrowDown/ArrowUp step through `count` options and wrap,
 * Home/End jump to the ends; -1 means no option is active. Other keys leave `active` as it is.
 */
export function moveActiveOption(active: number, key: string, count: number): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return Math.min(active, count - 1);
  }
}
