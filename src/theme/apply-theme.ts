// Puts the theme on the page: its CSS custom properties, set once at start-up on the root element.
import { themeCustomProperties } from './theme';

/**
 * Through the CSSOM (`style.setProperty`), which the strict Content-Security-Policy allows; an inline style
 * attribute or a generated <style> element it would refuse.
 */
export function applyTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of themeCustomProperties()) root.style.setProperty(name, value);
}
