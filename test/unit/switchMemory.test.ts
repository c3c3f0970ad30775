import { describe, expect, it } from 'vitest';
import { SwitchMemory } from '../../src/vscode/switchMemory';

/** A manual event loop: `turn()` runs what the memory deferred to the next turn, as setTimeout(0) would. */
function memory(): { mem: SwitchMemory; turn: () => void } {
  const queue: (() => void)[] = [];
  const mem = new SwitchMemory(3, (run) => queue.push(run));
  return { mem, turn: () => queue.splice(0).forEach((run) => run()) };
}

describe('which documents were switched to the report language', () => {
  it('keeps a document across a language change (close and open in one turn), so Plain Text chosen by the user stays', () => {
    const { mem, turn } = memory();
    mem.remember('file:///a.txt');
    mem.closed('file:///a.txt');
    mem.opened('file:///a.txt');
    turn();
    expect(mem.has('file:///a.txt')).toBe(true);
  });

  it('forgets a document really closed, so the file reopened later is detected again', () => {
    const { mem, turn } = memory();
    mem.remember('file:///a.txt');
    mem.closed('file:///a.txt');
    turn();
    expect(mem.has('file:///a.txt')).toBe(false);
    mem.opened('file:///a.txt');
    expect(mem.has('file:///a.txt')).toBe(false);
  });

  it('forgets only the closed document, and never grows past its cap', () => {
    const { mem, turn } = memory();
    mem.remember('a');
    mem.remember('b');
    mem.closed('a');
    turn();
    expect([mem.has('a'), mem.has('b')]).toEqual([false, true]);
    mem.remember('c');
    mem.remember('d');
    mem.remember('e');
    expect(['b', 'c', 'd', 'e'].filter((k) => mem.has(k))).toEqual(['e']);
  });
});
