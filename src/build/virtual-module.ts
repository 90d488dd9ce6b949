/**
 * A Vite plugin that serves one build-time value as `import value from 'virtual:<name>'`: how
 * data read from content or packages at build time reaches browser code without shipping the
 * code that reads it.
 */
export function virtualModule(name: string, value: () => unknown) {
  const id = `virtual:${name}`;
  const resolved = `\0${id}`;
  return {
    name: `shc-${name}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (loaded: string) => (loaded === resolved ? `export default ${JSON.stringify(value())};` : undefined),
  };
}
