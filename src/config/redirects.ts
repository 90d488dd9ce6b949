/**
 * URLs that moved. Support staff paste links into tickets for years, so a published URL never
 * dies: list its old path here with the new one and the build emits a redirect page for it.
 * Keys are old paths, values new paths (both with trailing slashes).
 */
export const redirects: Record<string, string> = {
  '/causes/vpn/': '/causes/network-changes/',
  '/causes/incognito/': '/causes/private-browsing/',
  '/causes/cookies/': '/causes/cleared-cookies/',
};
