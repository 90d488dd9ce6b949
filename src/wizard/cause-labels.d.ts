/** Made at build time by `causeLabelsPlugin` (src/build/cause-labels.ts) from content/causes/*.mdx front matter. */
declare module 'virtual:cause-labels' {
  const labels: Readonly<Record<import('../config/causes').CauseSlug, string>>;
  export default labels;
}
