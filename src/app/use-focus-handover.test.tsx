// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useFocusHandover } from './use-focus-handover';

function Controls() {
  return (
    <section className="panel">
      <button type="button" className="a">First</button>
      <div><textarea className="box" aria-label="Box" defaultValue="hello world" /></div>
    </section>
  );
}

function StandIn() {
  useFocusHandover();
  return <Controls />;
}

const Real = () => <Controls />;

function Column({ real }: { real: boolean }) {
  return <aside>{real ? <Real /> : <StandIn />}<button type="button">Outside</button></aside>;
}

afterEach(cleanup);

describe('useFocusHandover', () => {
  it('moves focus (and the text selection) to the same control of what replaces the stand-in', async () => {
    const view = render(<Column real={false} />);
    const before = screen.getByLabelText('Box') as HTMLTextAreaElement;
    before.focus();
    before.setSelectionRange(2, 5);
    await act(async () => view.rerender(<Column real />));
    const after = screen.getByLabelText('Box') as HTMLTextAreaElement;
    expect(after).not.toBe(before);
    expect(document.activeElement).toBe(after);
    expect([after.selectionStart, after.selectionEnd]).toEqual([2, 5]);
  });

  it('leaves focus alone when it was elsewhere, or when something else took it', async () => {
    const view = render(<Column real={false} />);
    screen.getByRole('button', { name: 'Outside' }).focus();
    await act(async () => view.rerender(<Column real />));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Outside' }));
    cleanup();

    const again = render(<Column real={false} />);
    screen.getByRole('button', { name: 'First' }).focus();
    await act(async () => {
      again.rerender(<Column real />);
      screen.getByRole('button', { name: 'Outside' }).focus();
    });
    expect(document.activeElement?.textContent).toBe('Outside');
  });
});
