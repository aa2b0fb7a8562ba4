import { Ajv, type ValidateFunction } from 'ajv';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';

// electron-builder reads its YAML with js-yaml and checks it with Ajv against the JSON schema it
// ships; this test does the same, so a typo or a misplaced option fails here and not at
// packaging time on another machine.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const configFile = path.join(root, 'electron-builder.yml');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  directories?: { buildResources?: string; output?: string };
  files?: string[];
  asarUnpack?: string[];
  npmRebuild?: boolean;
  publish?: unknown;
  linux?: { target?: string[]; category?: string; mimeTypes?: string[] };
  win?: { target?: string[] };
  mac?: { target?: string[] };
  fileAssociations?: { ext?: string; name?: string; role?: string; mimeType?: string }[];
}

function loadConfig(file: string): BuilderConfig {
  return yaml.load(readFileSync(file, 'utf8')) as BuilderConfig;
}

function schemaValidator(): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
  ) as object;
  // As electron-builder compiles it: the schema uses a few keywords of its own ("typeof"), which
  // strict mode would reject as unknown.
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}

const validate = schemaValidator();
const config = loadConfig(configFile);

describe('electron-builder.yml', () => {
  it("matches electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails the schema on an option electron-builder does not know', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'clausebook-builder-'));
    try {
      const copy = path.join(dir, 'electron-builder.yml');
      const text = readFileSync(configFile, 'utf8').replace(/^linux:\n/m, 'linux:\n  categroy: Office\n');
      writeFileSync(copy, `${text}\nnotAnOption: true\n`);
      expect(validate(loadConfig(copy))).toBe(false);
      const unknown = (validate.errors ?? [])
        .filter((error) => error.keyword === 'additionalProperties')
        .map((error) => `${error.instancePath}/${String(error.params.additionalProperty)}`);
      expect(unknown).toEqual(expect.arrayContaining(['/notAnOption', '/linux/categroy']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the app and keeps build resources and output where the repository expects them', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { productName: string };
    expect(config.appId).toBe('com.clausebook.app');
    expect(config.productName).toBe(pkg.productName);
    expect(config.directories).toEqual({ buildResources: 'build', output: 'release' });
    expect(config.publish).toBeNull();
  });

  it('packages the built app and unpacks the SQLite native module from the asar', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/main/**/*', 'dist/renderer/**/*', 'package.json']),
    );
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    expect(config.npmRebuild).toBe(false);
  });

  it('builds AppImage and deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('associates .clausebook files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'clausebook',
        name: 'Clausebook workspace',
        role: 'Editor',
        mimeType: 'application/x-clausebook',
      }),
    ]);
    expect(config.linux?.mimeTypes).toEqual(['application/x-clausebook']);
  });

  it('has an icon large enough for every platform (macOS needs 512×512)', () => {
    const icon = readFileSync(path.join(root, 'build/icon.png'));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(icon.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([1024, 1024]);
    expect(readFileSync(path.join(root, 'build/icon.svg'), 'utf8')).toContain('viewBox="0 0 1024 1024"');
  });
});
