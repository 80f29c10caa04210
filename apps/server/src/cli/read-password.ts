import readline from 'node:readline';

/** Reads all of stdin and returns its first line (a password piped in or from a file). */
async function firstLineOfStdin(stdin: NodeJS.ReadStream): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without echoing what is typed. */
function promptHidden(
  question: string,
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WriteStream,
): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: stdin, output: stderr, terminal: true });
    const rlOutput = rl as unknown as { _writeToOutput: (s: string) => void };
    let asked = false;
    rlOutput._writeToOutput = (s: string) => {
      if (!asked) {
        stderr.write(s);
        asked = true;
      }
    };
    rl.question(question, (answer) => {
      stderr.write('\n');
      rl.close();
      resolve(answer);
    });
  });
}

/**
 * The password comes from an interactive prompt (typed twice) or from stdin, never from the
 * command line, where other users could read it in the process list or shell history.
 */
export async function readNewPassword(
  stdin: NodeJS.ReadStream,
  stderr: NodeJS.WriteStream,
): Promise<string> {
  if (!stdin.isTTY) return firstLineOfStdin(stdin);
  const first = await promptHidden('Password (at least 12 characters): ', stdin, stderr);
  const again = await promptHidden('Repeat the password: ', stdin, stderr);
  if (first !== again) throw new Error('The two passwords differ. Nothing was changed.');
  return first;
}
