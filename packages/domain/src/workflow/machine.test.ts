import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { requireNoteOnBehalf, requireText } from './guards.js';
import { defineMachine, stateTable, type MachineDefinition } from './machine.js';

// A toy register to test the helper itself, apart from any real workflow.
type DoorState = 'closed' | 'open' | 'sealed';
type DoorEvent = 'open' | 'close' | 'seal' | 'wedge' | 'note' | 'unseal';
interface DoorPayloads {
  open: object;
  close: { readonly reason: string };
  seal: object;
  wedge: object;
  note: { readonly onBehalfNote?: string };
  unseal: object;
}
interface DoorScope {
  readonly owner: 'office' | 'chair';
}

const DOOR = {
  name: 'door',
  subject: 'cửa',
  states: stateTable({ closed: 'Đóng', open: 'Mở', sealed: 'Niêm phong' }, ['sealed']),
  exitsFromFinal: [],
  events: {
    open: { label: 'mở', from: ['closed'], to: 'open', roles: ['government-office'] },
    close: {
      label: 'đóng',
      from: ['open'],
      to: 'closed',
      roles: ['government-office'],
      guards: [requireText('reason', 'REASON_REQUIRED')],
    },
    seal: {
      label: 'niêm phong',
      from: ['closed'],
      to: 'sealed',
      roles: (scope) => (scope.owner === 'chair' ? ['commune-chair'] : ['government-office']),
    },
    // A deliberately broken pick, to show the helper refuses rather than persist a bad state.
    wedge: {
      label: 'chèn',
      from: ['open'],
      to: { oneOf: ['open'], pick: () => 'sealed' },
      roles: ['government-office'],
    },
    note: {
      label: 'ghi chú',
      from: ['open', 'closed'],
      to: { oneOf: ['open', 'closed'], pick: (_, from) => from },
      roles: ['citizen', 'government-office'],
      guards: [requireNoteOnBehalf()],
    },
    // Listed from a final state but not in `exitsFromFinal`: the helper still refuses it.
    unseal: {
      label: 'mở niêm phong',
      from: ['sealed'],
      to: 'closed',
      roles: ['government-office'],
    },
  },
} as const satisfies MachineDefinition<DoorState, DoorEvent, DoorPayloads, DoorScope>;
const door = defineMachine<DoorState, DoorEvent, DoorPayloads, DoorScope>(DOOR);
const office = { role: 'government-office' } as const;
const scope: DoorScope = { owner: 'office' };

describe('defineMachine', () => {
  it('moves to the declared state when role, state and preconditions agree', () => {
    expect(door.transition('closed', 'open', office, scope)).toEqual({
      ok: true,
      value: { from: 'closed', event: 'open', state: 'open', changed: true },
    });
  });

  it('refuses a wrong state with TRANSITION_NOT_ALLOWED naming the event and the state in Vietnamese', () => {
    const result = door.transition('open', 'open', office, scope);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(DomainError);
    expect(result.error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(result.error.category).toBe('conflict');
    expect(result.error.message).toBe('Không thể mở khi cửa đang ở trạng thái "Mở".');
    expect(result.error.details).toMatchObject({ machine: 'door', event: 'open', state: 'open' });
  });

  it('checks the role before the state, so a role that may never act is told so in any state', () => {
    const result = door.transition('open', 'open', { role: 'department' }, scope);
    expect(!result.ok && result.error.code).toBe('ROLE_NOT_ALLOWED');
    expect(!result.ok && result.error.message).toBe(
      'Vai trò "Phòng, ban chuyên môn" không được phép mở (cửa đang ở trạng thái "Mở").',
    );
  });

  it('explains to the Front that it supervises rather than changes records', () => {
    const result = door.transition('closed', 'open', { role: 'front-officer' }, scope);
    expect(!result.ok && result.error.message).toContain('Ủy ban MTTQ giám sát');
  });

  it('resolves roles from the scope when they depend on the record', () => {
    expect(
      door.transition('closed', 'seal', { role: 'commune-chair' }, { owner: 'chair' }).ok,
    ).toBe(true);
    const refused = door.transition('closed', 'seal', { role: 'commune-chair' }, scope);
    expect(!refused.ok && refused.error.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('runs the preconditions and returns the first refusal', () => {
    const result = door.transition('open', 'close', office, { ...scope, reason: '  ' });
    expect(!result.ok && result.error.code).toBe('REASON_REQUIRED');
    expect(!result.ok && result.error.message).toBe(
      'Cần nêu lý do để đóng khi cửa đang ở trạng thái "Mở".',
    );
  });

  it('keeps the state on a self-transition and says it did not change', () => {
    const result = door.transition('closed', 'note', { role: 'citizen' }, scope);
    expect(result.ok && result.value).toMatchObject({ state: 'closed', changed: false });
  });

  it('asks for a note when an office acts on a citizen’s behalf', () => {
    const result = door.transition('closed', 'note', office, scope);
    expect(!result.ok && result.error.code).toBe('ON_BEHALF_NOTE_REQUIRED');
  });

  it('refuses a pick outside the declared targets instead of persisting it', () => {
    const result = door.transition('open', 'wedge', office, scope);
    expect(!result.ok && result.error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('answers unknown events and states with stable codes instead of throwing', () => {
    const unknownEvent = door.transition('open', 'kick' as DoorEvent, office, scope);
    expect(!unknownEvent.ok && unknownEvent.error.code).toBe('UNKNOWN_EVENT');
    const unknownState = door.transition('ajar' as DoorState, 'open', office, scope);
    expect(!unknownState.ok && unknownState.error.code).toBe('UNKNOWN_STATE');
    const noActor = door.transition('closed', 'open', undefined as never, undefined as never);
    expect(!noActor.ok && noActor.error.code).toBe('ROLE_NOT_ALLOWED');
    const protoEvent = door.transition('open', 'toString' as DoorEvent, office, scope);
    expect(!protoEvent.ok && protoEvent.error.code).toBe('UNKNOWN_EVENT');
  });

  it('lists the events a role may fire in a state, for the buttons of a screen', () => {
    expect(door.availableEvents('closed', 'government-office', scope)).toEqual([
      'open',
      'seal',
      'note',
    ]);
    expect(door.availableEvents('closed', 'commune-chair', { owner: 'chair' })).toEqual(['seal']);
    expect(door.availableEvents('sealed', 'government-office', scope)).toEqual([]);
  });

  it('leaves a final state only by the events listed in exitsFromFinal', () => {
    const result = door.transition('sealed', 'unseal', office, scope);
    expect(!result.ok && result.error.code).toBe('TRANSITION_NOT_ALLOWED');
    expect(door.availableEvents('sealed', 'government-office', scope)).toEqual([]);
  });

  it('lists the possible targets of an event', () => {
    expect(door.targets('note')).toEqual(['open', 'closed']);
    expect(door.targets('kick' as DoorEvent)).toEqual([]);
  });
});

describe('stateTable', () => {
  it('labels every state and marks the final ones', () => {
    expect(stateTable({ open: 'Mở', done: 'Xong' }, ['done'])).toEqual({
      open: { label: 'Mở', final: false },
      done: { label: 'Xong', final: true },
    });
  });
});
