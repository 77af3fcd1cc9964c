// What names a dataset by link, `?dataset=<same-origin path to a .json>`, apart from fetching it (fetch-dataset.ts),
// so the app reads and writes such links without loading the fetching code until a link is opened.

/** Whether a location's `dataset` names a file to fetch rather than a dataset id (ids are slugs, with no dot). */
export const isDatasetLink = (name: string): boolean => /\.json$/i.test(name);

/**
 * The link that opens a dataset fetched from this site again (its path, from the site's root), or null when it
 * came from elsewhere (files, the bundled ones): its `origin` is then a name, not this site's address.
 */
export function linkOf(origin: string, page: string = window.location.href): string | null {
  const site = new URL(page).origin;
  if (!origin.startsWith(`${site}/`)) return null;
  const url = new URL(origin);
  return isDatasetLink(url.pathname) ? `${url.pathname}${url.search}` : null;
}
