import { parseArgs } from 'node:util';
import { ConfigError } from '../config.ts';
import { AppError } from '../http/app-error.ts';
import { doseCommand } from './dose-command.ts';
import { planCommand } from './plan-command.ts';
import { deliveryCommand } from './delivery-command.ts';
import { sourceImportCommand } from './source-import-command.ts';
import { auditCheckpointCommand, auditVerifyCommand } from './audit-commands.ts';
import { auditRotateKeyCommand } from './audit-rotate-command.ts';
import {
  demoCommand,
  eligibilityCommand,
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
  npx openiort audit verify [--checkpoint FILE…]
                                             check the audit trail's keyed hash chain, and that
                                             it still holds what each signed checkpoint saw
  npx openiort audit checkpoint              print a signed statement of the chain's head (JSON)
                                             for an auditor to keep away from the database
  npx openiort audit rotate-key              continue the audit chain under a new key (the old
                                             key is kept for verifying older rows)
  npx openiort demo                          add the fictional demonstration patients (idempotent)
  npx openiort eligibility FILE|- [--program CRITERIA.json]
                                             evaluate clinical facts (one JSON object, or an array)
                                             against every candidacy rule set; "-" reads stdin.
                                             Needs no database; exit 0 once evaluated, 2 for bad input
  npx openiort dose FILE|-                   TG-43 dose at points and on a grid from a dwell list
                                             (JSON in, JSON out); exit 2 naming each bad field
  npx openiort plan FILE|- [--limits LIMITS.json] [--smoothness μ]
                                             plan a balloon treatment (dwell times, doses, DVH,
                                             second check, uniformity, validity warnings); stores
                                             nothing. Program limits: the cited defaults, or all
                                             four from LIMITS.json. μ weighs smoothness of
                                             neighbouring dwell times (default 0.1 for line
                                             models, 0 for point)
  npx openiort delivery FILE|-               replay a delivery's events (start, interrupt,
                                             source-change, resume, complete, abandon) over the
                                             plan of { "planRequest", "events" }: delivered and
                                             remaining time per dwell, delivered dose, deviation
  npx openiort source import --id ID --name NAME --geometry line|point --g g.csv
        [--f F.csv] [--phi phi.csv] --lambda Λ [--length L] [--strength S_K]
        --provenance TEXT [--clinical] [--kind electronic-brachytherapy|radionuclide]
        [--out MODEL.json] [--along-away AA.csv [--along-away-tolerance PERCENT]
        [--force-reason TEXT]]
                                             check vendor TG-43 tables and store the model in the
                                             database (or, with --out, only write its JSON)

Roles: admin, radiation-oncologist, medical-physicist, surgeon, nurse, research-coordinator.
The database is DATABASE_URL (default sqlite:./data/openiort.db), as for the server, and
the audit key OPENIORT_AUDIT_KEY or OPENIORT_AUDIT_KEY_FILE (default: openiort-keys/audit.key
beside the data directory, created on first use).
`;

const COMMANDS: Record<string, Command> = {
  migrate: migrateCommand,
  'user add': userAddCommand,
  'audit verify': auditVerifyCommand,
  'audit checkpoint': auditCheckpointCommand,
  'audit rotate-key': auditRotateKeyCommand,
  demo: demoCommand,
  eligibility: eligibilityCommand,
  dose: doseCommand,
  plan: planCommand,
  delivery: deliveryCommand,
  'source import': sourceImportCommand,
};

/** Commands that take words after their name (a file name); the others take none. */
const TAKES_OPERANDS = new Set(['eligibility', 'dose', 'plan', 'delivery', 'audit verify']);

/** The command named by the first words, and the words after its name. */
function findCommand(words: string[]): { command: Command; operands: string[] } | undefined {
  for (const [name, command] of Object.entries(COMMANDS)) {
    const nameWords = name.split(' ');
    if (!nameWords.every((word, i) => words[i] === word)) continue;
    const operands = words.slice(nameWords.length);
    if (operands.length === 0 || TAKES_OPERANDS.has(name)) return { command, operands };
  }
  return undefined;
}

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
        program: { type: 'string' },
        limits: { type: 'string' },
        id: { type: 'string' },
        geometry: { type: 'string' },
        kind: { type: 'string' },
        g: { type: 'string' },
        f: { type: 'string' },
        phi: { type: 'string' },
        lambda: { type: 'string' },
        length: { type: 'string' },
        strength: { type: 'string' },
        provenance: { type: 'string' },
        clinical: { type: 'boolean' },
        out: { type: 'string' },
        smoothness: { type: 'string' },
        'along-away': { type: 'string' },
        'along-away-tolerance': { type: 'string' },
        'force-reason': { type: 'string' },
        checkpoint: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const name = parsed.positionals.join(' ');
  const found = findCommand(parsed.positionals);
  if (parsed.values.help === true || name === '' || name === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (found === undefined) {
    io.stderr.write(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    return await found.command(parsed.values, io, found.operands);
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
