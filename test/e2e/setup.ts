/**
 * Installs code-server (VS Code served to a browser, see ../shared/docs/REAL-EDITOR.md) into a cache folder,
 * `.e2e/code-server/<version>/`, unless it is already there. It is never a project dependency.
 *
 * Works offline but for the npm registry, with the three tricks that recipe proved:
 *  1. npm_config_unsafe_perm=true, because code-server's postinstall refuses to run as root without it;
 *  2. a dependency pinned to a GitHub git URL in lib/vscode/npm-shrinkwrap.json (4.96.4: @vscode/proxy-agent) is
 *     pointed at the registry tarball, after checking that the registry's integrity is the pinned one;
 *  3. @vscode/ripgrep's postinstall, which downloads `rg` from GitHub, finds Debian's `rg` in its download cache.
 * Debian packages (chromium, ripgrep, libkrb5-dev, a CJK font) come from install-system-deps.sh.
 *
 * Usage: node .e2e/out/setup.js [--force]   (CODE_SERVER_VERSION=4.100.3 to try the other proven version)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeServerEntry, codeServerVersion, E2E_DIR, ROOT } from './paths';

const PROVEN_VERSIONS = ['4.96.4', '4.100.3'];

function main(): void {
  const started = Date.now();
  const version = codeServerVersion();
  const prefix = join(E2E_DIR, 'code-server', version);
  const entry = codeServerEntry(version);
  const stamp = join(prefix, '.installed');
  const force = process.argv.includes('--force');

  if (!force && existsSync(stamp) && existsSync(entry)) {
    console.log(`e2e setup: code-server ${version} already in ${rel(prefix)}`);
    return;
  }
  if (!PROVEN_VERSIONS.includes(version)) {
    console.warn(`e2e setup: code-server ${version} is not one of the versions proven here (${PROVEN_VERSIONS.join(', ')}); trying anyway`);
  }
  requireCommand('rg', 'ripgrep (run test/e2e/install-system-deps.sh)');

  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  const work = mkdtempSync(join(E2E_DIR, 'setup-'));
  const tmp = join(work, 'tmp');
  mkdirSync(tmp);
  try {
    console.log(`e2e setup: installing code-server ${version} into ${rel(prefix)} (native addons compile: 1.5–3 min)`);
    // Trick 2: unpack, repoint git-pinned dependencies to the registry, repack.
    npm(['pack', `code-server@${version}`, '--pack-destination', work, '--silent'], work);
    const tarball = readdirSync(work).find((f) => f.startsWith('code-server-') && f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack code-server produced no tarball');
    execFileSync('tar', ['-xzf', tarball], { cwd: work });
    const pkg = join(work, 'package');
    const shrinkwraps = findShrinkwraps(pkg);
    for (const file of shrinkwraps) repointGitDependencies(file);

    // Trick 3: seed @vscode/ripgrep's download cache (in $TMPDIR) with Debian's rg for every version pinned.
    for (const rgVersion of pinnedVersions(shrinkwraps, '@vscode/ripgrep')) seedRipgrepCache(rgVersion, work, tmp);

    const patched = join(work, `code-server-${version}-patched.tgz`);
    execFileSync('tar', ['-czf', patched, 'package'], { cwd: work });
    writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'govreport-e2e-code-server', private: true }, null, 2) + '\n');

    // Trick 1: unsafe-perm for the root check in code-server's postinstall.sh.
    execFileSync('npm', ['install', '--no-save', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', patched], {
      cwd: prefix,
      env: { ...process.env, npm_config_unsafe_perm: 'true', TMPDIR: tmp, CI: 'true' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (!existsSync(entry)) throw new Error(`code-server installed, but ${entry} is missing`);
    const rgBinary = join(prefix, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
    if (!existsSync(rgBinary)) throw new Error(`ripgrep binary missing after install: ${rgBinary}`);
    writeFileSync(stamp, `${version}\n${new Date().toISOString()}\n`);
    console.log(`e2e setup: code-server ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function findShrinkwraps(pkg: string): string[] {
  const candidates = ['npm-shrinkwrap.json', 'lib/vscode/npm-shrinkwrap.json', 'lib/vscode/extensions/npm-shrinkwrap.json'];
  return candidates.map((c) => join(pkg, c)).filter((f) => existsSync(f));
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
}

function packagesOf(file: string): Record<string, LockEntry> {
  const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages?: Record<string, LockEntry> };
  return lock.packages ?? {};
}

/** Entries resolved from git are rewritten to the registry tarball when the registry's integrity matches exactly. */
function repointGitDependencies(file: string): void {
  const text = readFileSync(file, 'utf8');
  const lock = JSON.parse(text) as { packages?: Record<string, LockEntry> };
  let changed = 0;
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!entry.resolved || !/^git\+|^github:|github\.com/u.test(entry.resolved) || !entry.version) continue;
    const name = path.replace(/^.*node_modules\//u, '');
    const view = JSON.parse(npm(['view', `${name}@${entry.version}`, 'dist', '--json'], E2E_DIR)) as { integrity?: string; tarball?: string };
    if (!view.tarball || !view.integrity || view.integrity !== entry.integrity) {
      throw new Error(`${name}@${entry.version} is pinned to ${entry.resolved} and the registry's tarball has a different integrity`);
    }
    console.log(`e2e setup: ${name}@${entry.version}: git URL replaced by the registry tarball (same sha512)`);
    entry.resolved = view.tarball;
    changed++;
  }
  if (changed > 0) writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}

function pinnedVersions(shrinkwraps: readonly string[], name: string): string[] {
  const versions = new Set<string>();
  for (const file of shrinkwraps) {
    for (const [path, entry] of Object.entries(packagesOf(file))) {
      if (path.endsWith(`node_modules/${name}`) && entry.version) versions.add(entry.version);
    }
  }
  return [...versions];
}

/**
 * @vscode/ripgrep's postinstall looks for `ripgrep-<tag>-<target>.tar.gz` in `$TMPDIR/vscode-ripgrep-cache-<version>/`
 * before going to GitHub; the tag is the VERSION constant of its lib/postinstall.js.
 */
function seedRipgrepCache(version: string, work: string, tmp: string): void {
  const dir = mkdtempSync(join(work, 'ripgrep-'));
  npm(['pack', `@vscode/ripgrep@${version}`, '--pack-destination', dir, '--silent'], dir);
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack @vscode/ripgrep@${version} produced no tarball`);
  execFileSync('tar', ['-xzf', tgz], { cwd: dir });
  const postinstall = readFileSync(join(dir, 'package/lib/postinstall.js'), 'utf8');
  const tag = /const VERSION = '([^']+)'/u.exec(postinstall)?.[1];
  if (!tag) throw new Error(`could not read the ripgrep release tag from @vscode/ripgrep@${version}`);
  const cache = join(tmp, `vscode-ripgrep-cache-${version}`);
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(work, 'rg-'));
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  execFileSync('cp', [rg, join(staging, 'rg')]);
  const asset = join(cache, `ripgrep-${tag}-x86_64-unknown-linux-musl.tar.gz`);
  execFileSync('tar', ['-czf', asset, '-C', staging, 'rg']);
  console.log(`e2e setup: @vscode/ripgrep@${version} (${tag}) will use Debian's ${rg}`);
}

function npm(args: string[], cwd: string, env: Record<string, string> = {}): string {
  return execFileSync('npm', args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function requireCommand(command: string, what: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`e2e setup needs ${what}`);
  }
}

function rel(path: string): string {
  return path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
}

try {
  mkdirSync(E2E_DIR, { recursive: true });
  if (!statSync(resolve(ROOT, 'package.json')).isFile()) throw new Error('not in the project folder');
  main();
} catch (err) {
  console.error(`e2e setup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
