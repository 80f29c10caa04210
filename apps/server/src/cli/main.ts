import { parseArgs } from 'node:util';
import { ConfigError } from '../config.ts';
import { AppError } from '../http/app-error.ts';
import {
  auditVerifyCommand,
  demoCommand,
  migrateCommand,
  userAddCommand,
  type CliIo,
  type Command,
} from './commands.ts';

const HELP = `openiort — OpenIORT administration

Usage (from the repository root, after npm install):
  npx openiort migrate                       apply database migrations
  npx openiort user add --email E --role R [--name "Full Name"]
                                             create an account; the password is asked for,
                                             or read from the first line of stdin
  npx openiort audit verify                  check the audit trail's hash chain
  npx openiort demo                          add the fictional demonstration patients (idempotent)

Roles: admin, radiation-oncologist, medical-physicist, surgeon, nurse, research-coordinator.
The database is DATABASE_URL (default sqlite:./data/openiort.db), as for the server.
`;

const COMMANDS: Record<string, Command> = {
  migrate: migrateCommand,
  'user add': userAddCommand,
  'audit verify': auditVerifyCommand,
  demo: demoCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const name = parsed.positionals.join(' ');
  const command = COMMANDS[name];
  if (parsed.values.help === true || name === '' || name === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (command === undefined) {
    io.stderr.write(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(parsed.values, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof AppError) {
      io.stderr.write(`${error.message}\n`);
      for (const e of error instanceof AppError ? (error.errors ?? []) : [])
        io.stderr.write(`  ${e.path}: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(
      `openiort ${name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

/** Runs the command named by this process's arguments and sets its exit code. */
export async function runFromProcess(): Promise<void> {
  const io: CliIo = {
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
