import { readFile, readdir } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import type { DatabaseTarget, Provider } from './provider.ts';
import { enableWal } from './sqlite-pragmas.ts';

/*
 * Prisma's schema engine compiled to WebAssembly: applies and diffs migrations without the native
 * engine download, so setup works offline. The package's own entry imports the .wasm as an ES module,
 * which Node 20 cannot do, so it is instantiated by hand here.
 */

const require = createRequire(import.meta.url);
const root = process.cwd();

export const schemaPaths: Record<Provider, string> = {
  sqlite: path.join(root, 'prisma', 'schema.prisma'),
  postgresql: path.join(root, 'prisma', 'postgres', 'schema.prisma'),
};

export const migrationsDirs: Record<Provider, string> = {
  sqlite: path.join(root, 'prisma', 'migrations'),
  postgresql: path.join(root, 'prisma', 'postgres', 'migrations'),
};

let enginePromise: Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined;

function loadEngineModule() {
  enginePromise ??= (async () => {
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return enginePromise;
}

// Catalog types the schema engine reads when it describes a PostgreSQL database, which the pg driver
// adapter does not map: "char", int2vector, regproc, oidvector, pg_node_tree, regclass.
const catalogTypeIds = new Set([18, 22, 24, 30, 194, 2205]);
const textTypeId = 25;

function reportCatalogTypesAsText(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (catalogTypeIds.has(field.dataTypeID)) field.dataTypeID = textTypeId;
  }
  return result;
}

/** A pg client that reports catalog-typed result columns as text, which is how the engine reads them. */
class CatalogTolerantClient extends pg.Client {
  // pg's overloads cannot be restated generically: wrap both the callback form (used by pg.Pool)
  // and the promise form.
  override query(...args: unknown[]): any {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: Error | null, result?: pg.QueryResult) =>
        last(error, reportCatalogTypesAsText(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(reportCatalogTypesAsText) : returned;
  }
}

function adapterFactory(target: DatabaseTarget) {
  if (target.provider === 'sqlite') {
    mkdirSync(path.dirname(target.file), { recursive: true });
    return new PrismaBetterSqlite3({ url: `file:${target.file}` });
  }
  return new PrismaPg({ connectionString: target.url, Client: CatalogTolerantClient });
}

/**
 * Wraps a driver adapter factory to remember every connection it opens: freeing the engine does not
 * close them, and an open SQLite connection would keep the database locked for the next writer.
 */
function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const opened: SqlDriverAdapter[] = [];
  const remember = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => remember(factory.connect()),
    connectToShadowDb: () => remember(factory.connectToShadowDb()),
  };
  const closeAll = () => Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  return { tracked, closeAll };
}

/** Runs `work` with a schema engine connected to `target`, and always frees it afterwards. */
export async function withSchemaEngine<T>(
  target: DatabaseTarget,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadEngineModule();
  const schema = await readFile(schemaPaths[target.provider], 'utf8');
  const { tracked, closeAll } = trackConnections(adapterFactory(target));
  const log = () => {};
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPaths[target.provider], schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await closeAll();
  }
}

export async function readMigrationsList(provider: Provider): Promise<MigrationList> {
  const baseDir = migrationsDirs[provider];
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  const names = (await readdir(baseDir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

const filters = { externalTables: [], externalEnums: [] };

/**
 * Applies pending migrations and records them in `_prisma_migrations`; a SQLite database is also
 * switched to WAL. Returns the names applied. `only` limits them to the named ones (to rebuild the
 * schema of a database made by an earlier version).
 */
export async function applyMigrations(target: DatabaseTarget, only?: readonly string[]): Promise<string[]> {
  const known = await readMigrationsList(target.provider);
  const migrationsList = only ? { ...known, migrationDirectories: known.migrationDirectories.filter((entry) => only.includes(entry.path)) } : known;
  const applied = await withSchemaEngine(target, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters });
    return result.appliedMigrationNames;
  });
  if (target.provider === 'sqlite') enableWal(target.file);
  return applied;
}

/**
 * The SQL that would bring a database built from the provider's migrations up to its schema file;
 * empty when migrations and models agree. `scratch` must be a throwaway database: the migrations are
 * applied to it, then it is compared with the models.
 */
export async function diffMigrationsToSchema(scratch: DatabaseTarget): Promise<string> {
  await applyMigrations(scratch);
  const schema = await readFile(schemaPaths[scratch.provider], 'utf8');
  const files = [{ path: schemaPaths[scratch.provider], content: schema }];
  return withSchemaEngine(scratch, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: root },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: null,
      filters,
    });
    const sql = result.stdout ?? '';
    return isEmptyMigration(sql) ? '' : sql;
  });
}

function isEmptyMigration(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}
