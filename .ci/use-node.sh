# Source this file (bash): puts a Node.js >= 22.12 first on PATH.
# The system Node is used when it is new enough; otherwise Node 24 is installed once from the npm
# registry (the `node` package ships a Linux x64 binary) into a cache folder outside the repo.
_shc_node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _shc_node_ok; then
  _shc_cache="${SHC_NODE_CACHE:-$HOME/.cache/session-help-center/node24}"
  if [ ! -x "$_shc_cache/node_modules/node/bin/node" ]; then
    echo "use-node: system Node is $(node --version 2>/dev/null || echo missing); installing node@24 into $_shc_cache" >&2
    mkdir -p "$_shc_cache"
    npm install --prefix "$_shc_cache" --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$_shc_cache/node_modules/node/bin:$PATH"
  _shc_node_ok || { echo "use-node: could not get Node >= 22.12" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f _shc_node_ok
