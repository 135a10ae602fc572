// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { AgentComposer } from './agent-composer';

/** README: "Enter sends, Shift+Enter adds a line." jsdom has no default keyboard action, so a newline is
 * "not prevented" (the browser inserts it) and a send is "prevented, sent, cleared". */
function renderComposer(busy = false) {
  const sent: string[] = [];
  render(<AgentComposer busy={busy} onSend={(message) => sent.push(message)} inputRef={createRef<HTMLTextAreaElement>()} />);
  const input = screen.getByLabelText('Message the agent') as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.change(input, { target: { value } });
  /** fireEvent returns false when a handler called preventDefault. */
  const press = (init: KeyboardEventInit) => fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', ...init });
  return { sent, input, type, press };
}

afterEach(cleanup);

describe('AgentComposer keys', () => {
  it('Shift+Enter leaves the newline to the browser and sends nothing', () => {
    const { sent, input, type, press } = renderComposer();
    type('swap half my USDC');
    expect(press({ shiftKey: true })).toBe(true);
    expect(sent).toEqual([]);
    expect(input.value).toBe('swap half my USDC');
  });

  it('Enter sends the trimmed text, keeps the lines typed with Shift+Enter, and clears the box', () => {
    const { sent, input, type, press } = renderComposer();
    type('  swap half my USDC\non Arbitrum to ETH  ');
    expect(press({})).toBe(false);
    expect(sent).toEqual(['swap half my USDC\non Arbitrum to ETH']);
    expect(input.value).toBe('');
  });

  it('Enter that confirms an IME composition does not send', () => {
    const { sent, type, press } = renderComposer();
    type('半分');
    expect(press({ isComposing: true })).toBe(true);
    expect(sent).toEqual([]);
  });

  it('Enter on an empty box or while an answer is being sent sends nothing', () => {
    const empty = renderComposer();
    empty.type('   ');
    empty.press({});
    expect(empty.sent).toEqual([]);
    cleanup();

    const busy = renderComposer(true);
    busy.type('what do I hold?');
    busy.press({});
    expect(busy.sent).toEqual([]);
    expect(busy.input.value).toBe('what do I hold?');
    expect(screen.getByRole('button', { name: 'Answering…' })).toHaveProperty('disabled', true);
  });

  it('the Send button sends like Enter', () => {
    const { sent, type } = renderComposer();
    type('bridge 0.2 ETH from Base to Optimism');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['bridge 0.2 ETH from Base to Optimism']);
  });
});
