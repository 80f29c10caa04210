import { ROLES, userCreateSchema, fieldErrorsFromZod } from '@openiort/contract';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoPatients } from '../demo/seed-demo.ts';
import { createUser } from '../users/user-service.ts';
import { cliActor, withServices } from './cli-context.ts';
import { readNewPassword } from './read-password.ts';

export { eligibilityCommand } from './eligibility-command.ts';

export interface CliIo {
  env: Record<string, string | undefined>;
  cwd: string;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Each command returns its exit code; messages go to stdout (results) or stderr (problems).
 * `operands` are the words after the command's name (only commands that take them get any).
 */
export type Command = (
  args: Record<string, string | boolean | string[] | undefined>,
  io: CliIo,
  operands: readonly string[],
) => Promise<number>;

export const migrateCommand: Command = async (_args, io) =>
  withServices(
    io.env,
    io.cwd,
    async (_ctx, handle) => {
      const report = await migrateToLatest(handle);
      io.stdout.write(
        `Database schema is at ${report.schemaVersion ?? '(none)'} (${handle.dialect}).\n`,
      );
      return 0;
    },
    { stderr: io.stderr },
  );

/** Which command-line option (or input) each account field came from, for error messages. */
const OPTION_FOR_FIELD: Record<string, string> = {
  email: '--email',
  role: '--role',
  displayName: '--name',
  password: 'password',
};

export const userAddCommand: Command = async (args, io) => {
  const password = await readNewPassword(io.stdin, io.stderr);
  const email = typeof args.email === 'string' ? args.email : '';
  const parsed = userCreateSchema.safeParse({
    email,
    displayName: typeof args.name === 'string' ? args.name : email.split('@')[0],
    role: args.role,
    password,
  });
  if (!parsed.success) {
    for (const e of fieldErrorsFromZod(parsed.error))
      io.stderr.write(`${OPTION_FOR_FIELD[e.path] ?? e.path}: ${e.message}\n`);
    io.stderr.write(`Roles: ${ROLES.join(', ')}. Nothing was changed.\n`);
    return 2;
  }
  return withServices(
    io.env,
    io.cwd,
    async (ctx) => {
      const user = await createUser(ctx, parsed.data, cliActor());
      io.stdout.write(`Created ${user.role} account ${user.email}.\n`);
      return 0;
    },
    { stderr: io.stderr },
  );
};

export const demoCommand: Command = async (_args, io) =>
  withServices(
    io.env,
    io.cwd,
    async (ctx) => {
      const report = await seedDemoPatients(ctx, cliActor());
      io.stdout.write(
        `Demonstration patients (fictional, marked DEMO): ${String(report.added.length)} added, ${String(report.alreadyPresent.length)} already present.\n`,
      );
      return 0;
    },
    { stderr: io.stderr },
  );
