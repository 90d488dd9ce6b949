/** Made at build time by `browserReleasesPlugin` (src/build/browser-releases.ts). */
declare module 'virtual:browser-releases' {
  const releases: import('./env').ReleaseData;
  export default releases;
}
