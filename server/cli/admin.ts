import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-from-config';
import { AppError } from '../http/errors';
import { createPlatformAdmin } from '../features/platform/platform-admins';
import { runCli } from './run-cli';

const USAGE = `Usage:
  npm run admin -- create-platform-admin --email EMAIL [--name "FULL NAME"]

Creates a platform administrator (PENTADBIR_SISTEM) on the configured database
(DATABASE_URL, or the embedded database in DATA_DIR) and prints a temporary
password, to be changed at first login.`;

const createArgs = z.object({
  email: z.email({ message: '--email must be an email address' }),
  name: z.string().trim().min(1).max(150).default('Pentadbir Sistem'),
});

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || command !== 'create-platform-admin') {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const args = createArgs.safeParse({ email: values.email, name: values.name });
  if (!args.success) {
    process.stderr.write(`${args.error.issues.map((i) => i.message).join('\n')}\n\n${USAGE}\n`);
    return 2;
  }
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await database.migrate();
    const admin = await createPlatformAdmin(database.db, { email: args.data.email, fullName: args.data.name });
    process.stdout.write(
      `Platform administrator created: ${admin.email}\nTemporary password (shown once; changed at first login): ${admin.temporaryPassword}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main, (err) => (err instanceof AppError && err.code === 'EMAIL_TAKEN' ? 'That email is already in use.' : null));
