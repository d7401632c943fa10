import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const config = fs.readFileSync('electron-builder.yml', 'utf8');

/** The `key: value` lines of one top-level block of the YAML (this file keeps them flat). */
function block(name: string): Record<string, string> {
  const lines = config.split('\n');
  const start = lines.indexOf(`${name}:`);
  if (start < 0) return {};
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\w+): *(.*?)\s*$/.exec(line);
    if (!m) break;
    entries[m[1]!] = m[2]!;
  }
  return entries;
}

describe('electron-builder fuses', () => {
  const fuses = block('electronFuses');

  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('%s is %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('names only fuses electron-builder knows (a misspelt one would be refused at packaging time)', () => {
    const schemaPath = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
    const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses).length).toBeGreaterThanOrEqual(6);
    for (const name of Object.keys(fuses)) expect(known, name).toContain(name);
  });

  it('keeps the app in an asar archive, which onlyLoadAppFromAsar and the integrity check need', () => {
    expect(config).not.toMatch(/^asar:\s*false/m);
    expect(config).not.toMatch(/disableIntegrity:\s*true/);
  });
});
