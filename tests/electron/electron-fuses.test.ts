// The fuses of the packaged app, read from electron-builder.yml (checklist point 19). No YAML library is
// a dependency: the block is read line by line, and the reader refuses any shape it does not expect.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../electron/common/app-paths.ts';

const appRoot = findAppRoot(import.meta.dirname);
const config = readFileSync(path.join(appRoot, 'electron-builder.yml'), 'utf8');
const lines = config.split(/\r?\n/);

/** The `key: value` lines of a top-level mapping, comments and blank lines skipped. */
function topLevelBlock(name: string): Record<string, string> {
  const starts = lines.flatMap((line, index) => (line === `${name}:` ? [index] : []));
  expect(starts, `one top-level "${name}:"`).toHaveLength(1);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(starts[0]! + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith('  ')) break;
    const match = /^ {2}([A-Za-z][A-Za-z0-9]*): *([^#\s]+) *(#.*)?$/.exec(line);
    expect(match, `a "key: value" line: ${line}`).not.toBeNull();
    expect(entries, `duplicate key ${match![1]}`).not.toHaveProperty(match![1]!);
    entries[match![1]!] = match![2]!;
  }
  return entries;
}

function topLevelValue(name: string): string | undefined {
  return lines.find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1).trim();
}

describe('the fuses of the shipped binary', () => {
  // The names electron-builder 26 takes (FuseOptionsV1 in app-builder-lib), with the value we want.
  const expected: Record<string, string> = {
    runAsNode: 'false',
    enableCookieEncryption: 'true',
    enableNodeOptionsEnvironmentVariable: 'false',
    enableNodeCliInspectArguments: 'false',
    enableEmbeddedAsarIntegrityValidation: 'true',
    onlyLoadAppFromAsar: 'true',
    grantFileProtocolExtraPrivileges: 'false',
    loadBrowserProcessSpecificV8Snapshot: 'false',
  };

  it('sets every fuse, each to its hardened value, and nothing else', () => {
    expect(topLevelBlock('electronFuses')).toEqual(expected);
  });

  it('no longer runs as Node, takes NODE_OPTIONS or a debugger', () => {
    const fuses = topLevelBlock('electronFuses');
    expect(fuses.runAsNode).toBe('false');
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe('false');
    expect(fuses.enableNodeCliInspectArguments).toBe('false');
  });

  it('validates app.asar and loads the app from it only, so the asar is built with its integrity', () => {
    const fuses = topLevelBlock('electronFuses');
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe('true');
    expect(fuses.onlyLoadAppFromAsar).toBe('true');
    expect(topLevelValue('asar')).toBe('true');
    // Either would leave the integrity hash out of the binary, and the app would not start.
    expect(config).not.toMatch(/disableIntegrity/);
    expect(config).not.toMatch(/signAndEditExecutable:\s*false/);
  });

  it('gives file:// pages no extra privileges (the window is served from app://)', () => {
    expect(topLevelBlock('electronFuses').grantFileProtocolExtraPrivileges).toBe('false');
  });

  it('is packaged by an electron-builder that knows electronFuses (26 or later)', () => {
    const scripts = (JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const builder = /electron-builder@(\d+)\./.exec(scripts.dist ?? '');
    expect(builder, 'the dist script pins electron-builder').not.toBeNull();
    expect(Number(builder![1])).toBeGreaterThanOrEqual(26);
    expect(scripts.dist).toContain('--config electron-builder.yml');
  });
});
