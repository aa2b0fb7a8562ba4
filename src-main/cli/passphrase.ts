import { passphraseProblemOf } from '../core/packs/identity/create-identity';
import { CliFailure } from './cli-runtime';
import { EXIT_FAILED, EXIT_USAGE, UsageError } from './command';

export const PASSPHRASE_VARIABLE = 'CLAUSEBOOK_PASSPHRASE';

/** The passphrase from the environment, or asked for without echo in a terminal; never from argv. */
export async function readPassphrase(prompt: string, confirm: boolean): Promise<string> {
  const fromEnvironment = process.env[PASSPHRASE_VARIABLE];
  let passphrase: string;
  if (fromEnvironment !== undefined && fromEnvironment !== '') passphrase = fromEnvironment;
  else {
    if (!process.stdin.isTTY)
      throw new UsageError(
        `no passphrase: set the ${PASSPHRASE_VARIABLE} environment variable, or run the command in a terminal to be asked for it.`,
      );
    passphrase = await promptHidden(prompt);
    if (confirm && (await promptHidden('Repeat the passphrase: ')) !== passphrase)
      throw new CliFailure(
        { code: 'VALIDATION', message: 'The two passphrases differ; nothing was written.' },
        EXIT_FAILED,
      );
  }
  if (confirm) {
    const problem = passphraseProblemOf(passphrase);
    if (problem) throw new CliFailure({ code: 'VALIDATION', message: problem }, EXIT_FAILED);
  }
  return passphrase;
}

/** Reads one line from the terminal with echo off (raw mode), on stderr so stdout stays clean. */
function promptHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  // Echo off before the prompt shows, so nothing typed at once can appear on screen.
  input.setRawMode(true);
  process.stderr.write(prompt);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(null);
        if (character === '\u0003' || character === '\u0004')
          return finish(
            new CliFailure({ code: 'VALIDATION', message: 'Cancelled; nothing was changed.' }, EXIT_USAGE),
          );
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else if (character >= ' ') typed += character;
      }
    };
    input.on('data', onData);
  });
}
