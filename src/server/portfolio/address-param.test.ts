import { describe, expect, it } from 'vitest';
import { addressProblem } from './address-param';

describe('addressProblem', () => {
  it('accepts checksummed and all-lowercase addresses', () => {
    expect(addressProblem('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')).toBeNull();
    expect(addressProblem('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266')).toBeNull();
  });

  it('names malformed addresses', () => {
    for (const bad of ['', '0x', 'f39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226', '0xg39Fd6e51aad88F6F4ce6aB8827279cffFb92266', 'vitalik.eth']) {
      expect(addressProblem(bad), bad).toMatch(/40 hex digits/);
    }
  });

  it('refuses a mixed-case address whose checksum is wrong', () => {
    expect(addressProblem('0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266')).toMatch(/checksum/);
    expect(addressProblem('0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266')).toMatch(/checksum/);
  });
});
