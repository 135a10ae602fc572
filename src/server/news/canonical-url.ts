/** Query parameters that only track where a click came from; they never change the story. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi',
  'mkt_tok', 'ref', 'ref_src', 'ref_url', 'cmpid', 's_cid', 'ocid', 'ncid', 'sr_share', 'oly_enc_id',
  'oly_anon_id', 'vero_id', 'wt_mc', 'rss', 'taid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The form of a URL used for de-duplication: lowercase scheme and host, no default port,
 * no fragment, no tracking parameters, remaining parameters sorted, no trailing slash.
 */
export function canonicalUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  const text = url.href;
  return url.pathname === '/' && url.search === '' ? text.replace(/\/$/, '') : text;
}
