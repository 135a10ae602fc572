// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { streamAgentChat } from '../api/stream-agent-chat';
import { takeQueuedAgentMessage, writeAgentDraft } from '../hooks/agent-draft';
import { startNewConversation } from '../hooks/conversation-store';
import { AgentPanel } from './agent-panel';
import { AgentPanelShell } from './agent-panel-shell';

// The answer never comes: these tests are about what is sent, not what is answered.
vi.mock('../api/stream-agent-chat', () => ({ streamAgentChat: vi.fn(() => new Promise<void>(() => {})) }));
const sent = vi.mocked(streamAgentChat);

const panel = () => screen.getByRole('region', { name: 'Agent' });
const input = () => within(panel()).getByLabelText('Message the agent') as HTMLTextAreaElement;

beforeEach(() => {
  sent.mockClear();
  writeAgentDraft('');
  takeQueuedAgentMessage();
});
afterEach(() => {
  cleanup();
  startNewConversation();
});

describe('the agent panel stand-in hands over to the real panel', () => {
  it('looks like the idle real panel: heading, no-wallet note with Connect, suggestions, composer, how it works', () => {
    const connect = vi.fn();
    render(<AgentPanelShell onConnect={connect} />);
    const shell = panel();
    const shellText = shell.textContent;
    expect(shell.hasAttribute('data-stand-in')).toBe(true);
    expect(within(shell).getByRole('heading', { level: 2, name: 'Agent' }).id).toBe('agent-title');
    expect(within(shell).getByRole('button', { name: 'New conversation' })).toHaveProperty('disabled', true);
    fireEvent.click(within(shell).getByRole('button', { name: 'Connect wallet' }));
    expect(connect).toHaveBeenCalledTimes(1);
    expect(within(shell).getByRole('list', { name: 'Try:' })).toBeTruthy();
    expect(within(shell).getByRole('link', { name: 'How it works' })).toBeTruthy();
    const shellClasses = [...shell.querySelectorAll('*')].map((el) => `${el.tagName}.${el.className}`);
    cleanup();

    render(<AgentPanel onConnect={connect} />);
    expect(panel().hasAttribute('data-stand-in')).toBe(false);
    expect(panel().textContent).toBe(shellText);
    expect([...panel().querySelectorAll('*')].map((el) => `${el.tagName}.${el.className}`)).toEqual(shellClasses);
  });

  it('keeps the text typed in the stand-in for the real composer', () => {
    render(<AgentPanelShell />);
    fireEvent.change(input(), { target: { value: 'what do I hold on' } });
    cleanup();

    render(<AgentPanel />);
    expect(input().value).toBe('what do I hold on');
    fireEvent.change(input(), { target: { value: 'what do I hold on Base?' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]![0]).toMatchObject({ message: 'what do I hold on Base?' });
    // Sent: the next composer starts empty.
    cleanup();
    render(<AgentPanelShell />);
    expect(input().value).toBe('');
  });

  it('sends a suggestion pressed in the stand-in once the real panel mounts, exactly once', () => {
    const onUse = vi.fn();
    render(<AgentPanelShell onUse={onUse} />);
    fireEvent.click(within(panel()).getByRole('button', { name: 'What do I hold on Base?' }));
    expect(onUse).toHaveBeenCalledTimes(1);
    // Asked: the stand-in waits like the real panel does while it answers.
    expect(within(panel()).getByRole('button', { name: 'Swap half my USDC on Arbitrum to ETH' })).toHaveProperty('disabled', true);
    expect(within(panel()).getByRole('button', { name: 'Answering…' })).toHaveProperty('disabled', true);
    expect(sent).not.toHaveBeenCalled();
    cleanup();

    // StrictMode runs the mount effects twice; the question still goes once.
    render(<StrictMode><AgentPanel /></StrictMode>);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]![0]).toEqual({ message: 'What do I hold on Base?' });
    expect(within(panel()).getByText('What do I hold on Base?')).toBeTruthy();
    cleanup();
    act(() => startNewConversation());
    render(<AgentPanel />);
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('sends a message typed and sent in the stand-in, and clears the box', () => {
    render(<AgentPanelShell />);
    fireEvent.change(input(), { target: { value: '  bridge 0.2 ETH from Base to Optimism ' } });
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(input().value).toBe('');
    cleanup();

    render(<AgentPanel address="0x00000000000000000000000000000000000000aa" />);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]![0]).toEqual({ message: 'bridge 0.2 ETH from Base to Optimism', address: '0x00000000000000000000000000000000000000aa' });
    expect(input().value).toBe('');
  });
});
