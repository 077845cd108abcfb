/** Progress on a terminal's stderr; silent when stderr is not a TTY (CI, pipes). Never on stdout. */
export interface Progress {
  step(message: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { step() {}, done() {} };
  let shown = false;
  return {
    step(message) {
      stream.write(`\r\x1b[2K${message}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
