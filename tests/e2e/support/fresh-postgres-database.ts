import pg from 'pg';

/*
 * Prints the URL of an empty `duet_e2e` database on TEST_POSTGRES_URL's server (dropped and made
 * anew), for running the end-to-end suite on PostgreSQL.
 */
const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set');
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS duet_e2e WITH (FORCE)');
await admin.query('CREATE DATABASE duet_e2e');
await admin.end();
const url = new URL(serverUrl);
url.pathname = '/duet_e2e';
console.log(url.toString());
