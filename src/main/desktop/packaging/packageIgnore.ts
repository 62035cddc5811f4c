/**
 * Native modules Vite cannot bundle; they are loaded with `require` from the packaged
 * node_modules. better-sqlite3 13 has no runtime dependencies (node-addon-api is headers only),
 * so its own folder is all that needs to ship.
 */
export const NATIVE_MODULES: readonly string[] = ['better-sqlite3'];

const SQLITE = '/node_modules/better-sqlite3';
/** Only the platforms we ship for; darwin and musl builds would be dead weight. */
const SHIPPED_PREBUILD = /^\/prebuilds\/(win32|linux)-(x64|arm64)\.node$/;

/**
 * `packagerConfig.ignore`: true drops the path. The Vite plugin's own rule keeps only `/.vite`
 * (forge#3738), which would leave better-sqlite3 out of the package; this keeps it too, but only
 * the parts that run — not its C++ sources, the SQLite amalgamation, binding.gyp or a stray
 * `build/` folder (which better-sqlite3 would load in preference to the prebuild).
 */
export function ignoreInPackage(file: string): boolean {
  const p = file.replaceAll('\\', '/');
  if (p === '' || p === '/') return false;
  if (p === '/package.json' || p === '/.vite' || p.startsWith('/.vite/')) return false;
  if (p === '/node_modules') return false;
  if (p === SQLITE) return false;
  if (p.startsWith(`${SQLITE}/`)) {
    const inner = p.slice(SQLITE.length);
    if (inner === '/package.json' || inner === '/LICENSE') return false;
    if (inner === '/lib' || inner.startsWith('/lib/')) return false;
    if (inner === '/prebuilds') return false;
    return !SHIPPED_PREBUILD.test(inner);
  }
  return true;
}
