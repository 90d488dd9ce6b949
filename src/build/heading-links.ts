/**
 * Markdown (Sätteri hast) plugin: gives every h2/h3 a stable id and makes its text a link to
 * itself, so a section can be linked with JavaScript off. An explicit `{#id}` in the source wins;
 * otherwise the id is the GitHub-style slug of the heading text (the same rule Astro uses), and
 * `content/anchors.json` freezes published ids so a later edit of the text cannot break links.
 */
import GithubSlugger from 'github-slugger';
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';

// The plugin type as the processor that runs it declares it (satteri itself comes with @astrojs/markdown-satteri).
type HastPluginEntry = SatteriResolvedOptions['hastPlugins'][number];

const LINKED_HEADINGS = ['h2', 'h3'];

export const headingLinks: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return {
    name: 'heading-links',
    element: {
      filter: LINKED_HEADINGS,
      visit(node, ctx) {
        const existing = node.properties?.id;
        const id = typeof existing === 'string' && existing ? existing : slugger.slug(ctx.textContent(node));
        return {
          ...node,
          properties: { ...node.properties, id },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: `#${id}`, className: ['heading-link'] },
              children: node.children,
            },
          ],
        };
      },
    },
  };
};
