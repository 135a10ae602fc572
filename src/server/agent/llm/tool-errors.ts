import type { core } from 'zod';

const PAYEE_FIELDS = /recipient|toaddress|receiver|payee|beneficiary|to_address|destination/i;

/** A tool-argument error in words the model can act on; never echoes the values it was given. */
export function describeToolArgsError(tool: string, error: core.$ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => key.slice(0, 40));
        const payee = keys.some((key) => PAYEE_FIELDS.test(key));
        return `${keys.join(', ')}: not a parameter of ${tool}${payee ? '; trades always pay the connected account and nobody else' : ''}`;
      }
      const field = issue.path.length ? issue.path.join('.') : 'arguments';
      return `${field}: ${issue.message}`;
    })
    .join('; ');
}
