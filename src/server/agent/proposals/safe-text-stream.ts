import { redactAddresses, stripInvisible, type SafeTextOptions } from './safe-text';

/** `0x` + 40 hex digits: a longer word run can never be an address, so it need not be held back. */
const LONGEST_ADDRESS_RUN = 42;
const WORD = /\w/;
const SPACE = /\s/;
const LEADING_WORD = /^\w*/;

interface SafeTextStream {
  push(text: string): void;
  /** Sends what was held back (without trailing whitespace); later pushes are ignored. */
  end(): void;
  /** Characters sent so far. */
  readonly sent: number;
}

/** Where the held tail starts: trailing whitespace then a trailing word run (either may be empty). */
function tailStarts(text: string): { tail: number; run: number } {
  let run = text.length;
  while (run > 0 && WORD.test(text[run - 1]!)) run -= 1;
  let tail = run;
  while (tail > 0 && SPACE.test(text[tail - 1]!)) tail -= 1;
  return { tail, run };
}

/**
 * safeText for text that arrives in pieces (a streamed model answer). The concatenation of what it
 * sends equals safeText(stripInvisible(whole).trim(), options), however the text was split.
 * An address is always a whole word run, so the trailing run (perhaps half an address) and trailing
 * whitespace are held until the next piece shows where they end; every piece redacted on its own
 * therefore ends on a word boundary, and an address split across pieces is still removed.
 */
export function createSafeTextStream(options: SafeTextOptions & { send: (text: string) => void }): SafeTextStream {
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  let held = ''; // raw text whose end is not known yet
  let ready = ''; // redacted text not sent yet because maxLength may still cut it
  let sent = 0;
  let started = false;
  let inLongRun = false;
  let closed = false;

  const deliver = (redacted: string, final: boolean) => {
    ready += redacted;
    let out = '';
    if (sent + ready.length > max) {
      out = `${ready.slice(0, Math.max(0, max - 1 - sent)).trimEnd()}…`;
      closed = true;
    } else if (final || sent + ready.length <= max - 1) out = ready;
    else return;
    ready = '';
    if (!out) return;
    sent += out.length;
    options.send(out);
  };

  return {
    get sent() {
      return sent;
    },
    push(raw) {
      if (closed) return;
      let text = stripInvisible(raw);
      if (!started) {
        text = text.trimStart();
        if (!text) return;
        started = true;
      }
      if (inLongRun) {
        const continued = LEADING_WORD.exec(text)![0];
        if (continued) deliver(continued, false);
        text = text.slice(continued.length);
        if (!text || closed) return;
        inLongRun = false;
      }
      held += text;
      const { tail, run } = tailStarts(held);
      let cut = tail;
      if (held.length - run > LONGEST_ADDRESS_RUN) {
        cut = held.length;
        inLongRun = true;
      }
      const piece = held.slice(0, cut);
      held = held.slice(cut);
      if (piece) deliver(redactAddresses(piece, options.userAddress), false);
    },
    end() {
      if (closed) return;
      const last = held.trimEnd();
      held = '';
      deliver(redactAddresses(last, options.userAddress), true);
      closed = true;
    },
  };
}
