import {
  chainPosition,
  checkCheckpoint,
  makeCheckpoint,
  parseCheckpoint,
} from '../audit/audit-checkpoint.ts';
import { verifyAuditChain } from '../audit/audit-verify.ts';
import { loadCheckpointSigningKey } from '../audit/checkpoint-signing-key.ts';
import { withServices } from './cli-context.ts';
import { InputError, readJson, reportingInputErrors } from './cli-input.ts';
import type { CliIo, Command } from './commands.ts';

/** The files named after --checkpoint: its value(s), then any words after "audit verify". */
function checkpointFiles(value: unknown, operands: readonly string[]): string[] {
  const given = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  return given.length === 0 ? [] : [...given, ...operands];
}

async function loadCheckpoints(files: string[], io: CliIo) {
  const loaded = [];
  for (const file of files) {
    const parsed = parseCheckpoint(await readJson(file, io, `--checkpoint ${file}: `));
    if (typeof parsed === 'string') throw new InputError([`--checkpoint ${file}: ${parsed}`]);
    loaded.push({ file, checkpoint: parsed });
  }
  return loaded;
}

/**
 * Exit 0 when the chain verifies with this instance's keys and every checkpoint given still
 * matches it; 1 at the first broken row or any failed checkpoint; 2 for unusable input.
 */
export const auditVerifyCommand: Command = async (args, io, operands) => {
  const files = checkpointFiles(args.checkpoint, operands);
  if (files.length === 0 && operands.length > 0) {
    io.stderr.write('Usage: npx openiort audit verify [--checkpoint FILE…]\n');
    return 2;
  }
  return reportingInputErrors(io, 'Nothing was verified.', async () => {
    const checkpoints = await loadCheckpoints(files, io);
    return withServices(
      io.env,
      io.cwd,
      async (ctx) => {
        const result = await verifyAuditChain(ctx.db, ctx.auditKeys);
        let failed = !result.ok;
        if (result.ok) {
          io.stdout.write(`Audit trail intact: ${String(result.rowsChecked)} rows verified.\n`);
        } else {
          io.stdout.write(
            `Audit trail BROKEN at row ${String(result.firstBrokenSeq)}: ${result.reason}. ${String(result.rowsChecked)} rows before it verified.\n`,
          );
        }
        const publicKey =
          checkpoints.length > 0 ? loadCheckpointSigningKey(ctx.config.audit, false).publicKey : '';
        for (const { file, checkpoint } of checkpoints) {
          const check = await checkCheckpoint(ctx.db, checkpoint, publicKey);
          const { seq, at } = checkpoint.statement;
          const what = `Checkpoint ${file} (row ${String(seq)}, signed ${at})`;
          if (check.ok) io.stdout.write(`${what}: matches.\n`);
          else io.stdout.write(`${what}: FAILED: ${check.reason}.\n`);
          failed ||= !check.ok;
        }
        return failed ? 1 : 0;
      },
      { stderr: io.stderr, tolerateAuditMismatch: true, createAuditKey: false },
    );
  });
};

/**
 * Prints a signed statement of the verified head (sequence, hash, time) for an auditor to keep
 * away from the database; refuses (exit 1) when the chain does not verify.
 */
export const auditCheckpointCommand: Command = async (_args, io) =>
  withServices(
    io.env,
    io.cwd,
    async (ctx) => {
      const result = await verifyAuditChain(ctx.db, ctx.auditKeys);
      if (!result.ok) {
        io.stderr.write(
          `Audit trail BROKEN at row ${String(result.firstBrokenSeq)}: ${result.reason}. No checkpoint was signed.\n`,
        );
        return 1;
      }
      const key = loadCheckpointSigningKey(ctx.config.audit, true);
      if (key.createdFile !== null) {
        io.stderr.write(
          `Created a new checkpoint signing key at ${key.createdFile}; keep it apart from the database and its backups.\n`,
        );
      }
      const position = await chainPosition(ctx.db, result.rowsChecked);
      const checkpoint = makeCheckpoint(position, key, ctx.now());
      io.stdout.write(`${JSON.stringify(checkpoint, null, 2)}\n`);
      return 0;
    },
    { stderr: io.stderr, tolerateAuditMismatch: true, createAuditKey: false },
  );
