/** Made at build time by `browserReleasesPlugin` (src/lib/browser-releases.ts). */
declare module 'virtual:browser-releases' {
  const releases: import('./env').ReleaseData;
  export default releases;
}
