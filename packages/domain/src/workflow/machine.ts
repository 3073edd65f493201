import { ROLE_LABELS, type Role } from '../accounts/role.schema.js';
import { fail, ok, type DomainError, type Result } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';
import { asText } from './guards.js';

/**
 * A tiny, library-free state machine in the XState spirit (STYLE.md "XState / date-fns"): the
 * whole workflow is data — for each event, the states it leaves, the state it enters, the roles
 * that may fire it and the checks over its payload — and `transition` is a pure function that
 * returns the next state or a DomainError. Nothing outside the domain decides whether a step is
 * allowed; the API calls `transition` and persists the result.
 */

/** Who fires an event. `organisationId` lets a machine check "only the assigned body". */
export interface Actor {
  readonly role: Role;
  readonly organisationId?: string;
  readonly userId?: string;
}

/** What every message about one attempted transition needs (the slots of the catalogue). */
export interface TransitionFacts<S extends string = string, E extends string = string> {
  readonly subject: string;
  readonly event: E;
  readonly eventLabel: string;
  readonly state: S;
  readonly stateLabel: string;
}

/** A precondition: returns the refusal, or null when the step may go ahead. */
export type Guard<S extends string, E extends string, C> = (
  context: C,
  facts: TransitionFacts<S, E> & { readonly actor: Actor },
) => DomainError | null;

/** The entered state: fixed, or chosen from a declared list by the payload (e.g. an outcome). */
export type Target<S extends string, C> =
  S | { readonly oneOf: readonly S[]; readonly pick: (context: C, from: S) => S };

export interface EventDefinition<S extends string, E extends string, C, Scope> {
  /** Vietnamese verb phrase used in messages and buttons: "phê duyệt", "phân loại". */
  readonly label: string;
  readonly from: readonly S[];
  readonly to: Target<S, C>;
  /** Roles allowed; a function when it depends on the record (who approves depends on the issuer). */
  readonly roles: readonly Role[] | ((scope: Scope) => readonly Role[]);
  readonly guards?: readonly Guard<S, E, C>[];
}

/**
 * A machine as data. `events` is a mapped type over E, and `states` a Record over S, so a
 * missing event or an unclassified state is a compile error. `Scope` holds the facts about the
 * record that decide who may act (the plan's issuer kind…); `Payloads[E]` what each event carries.
 */
export interface MachineDefinition<
  S extends string,
  E extends string,
  Payloads extends Record<E, object>,
  Scope extends object,
> {
  readonly name: string;
  /** Vietnamese noun for messages: "kế hoạch", "kiến nghị", "nhiệm vụ". */
  readonly subject: string;
  readonly states: { readonly [K in S]: { readonly label: string; readonly final: boolean } };
  /** Events deliberately allowed out of a final state (documented exceptions; tests check the list). */
  readonly exitsFromFinal: readonly E[];
  readonly events: { readonly [K in E]: EventDefinition<S, K, Scope & Payloads[K], Scope> };
}

export interface Transitioned<S extends string, E extends string> {
  readonly from: S;
  readonly event: E;
  readonly state: S;
  /** False for a self-transition (e.g. a follow-up deadline extension keeps the state). */
  readonly changed: boolean;
}

export interface Machine<
  S extends string,
  E extends string,
  Payloads extends Record<E, object>,
  Scope extends object,
> {
  readonly definition: MachineDefinition<S, E, Payloads, Scope>;
  transition<K extends E>(
    state: S,
    event: K,
    actor: Actor,
    context: Scope & Payloads[K],
  ): Result<Transitioned<S, K>>;
  availableEvents(state: S, role: Role, scope: Scope): E[];
  targets(event: E): readonly S[];
}

/** Extra words for a refusal that is a matter of principle rather than of state. */
const ROLE_HINTS: Partial<Record<Role, string>> = {
  // docs/domain.md "Who uses it": the Front supervises; it can read and record findings, never
  // change a record.
  'front-chair': ' Ủy ban MTTQ giám sát và ghi nhận kết quả giám sát, không thay đổi hồ sơ xử lý.',
  'front-officer':
    ' Ủy ban MTTQ giám sát và ghi nhận kết quả giám sát, không thay đổi hồ sơ xử lý.',
};

/**
 * The `states` table from a status file's exhaustive `*_LABELS` record, marking the final ones.
 *
 * @example stateTable({ open: 'Mở', done: 'Xong' }, ['done']).done // { label: 'Xong', final: true }
 */
export function stateTable<S extends string>(
  labels: Readonly<Record<S, string>>,
  final: readonly NoInfer<S>[],
): Record<S, { label: string; final: boolean }> {
  const entries = (Object.keys(labels) as S[]).map((state) => [
    state,
    { label: labels[state], final: final.includes(state) },
  ]);
  return Object.fromEntries(entries) as Record<S, { label: string; final: boolean }>;
}

const has = <T>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/**
 * Builds the pure functions of a machine from its definition.
 *
 * @example
 * const plans = defineMachine(PLAN_MACHINE);
 * plans.availableEvents('draft', 'party-office', { issuerKind: 'party-committee' }); // ['submit']
 * plans.transition('draft', 'submit', { role: 'party-office' }, { issuerKind: 'party-committee', missingFields: [] });
 * // { ok: true, value: { from: 'draft', event: 'submit', state: 'submitted', changed: true } }
 */
export function defineMachine<
  S extends string,
  E extends string,
  P extends Record<E, object>,
  Scope extends object,
>(definition: MachineDefinition<S, E, P, Scope>): Machine<S, E, P, Scope> {
  const events = definition.events as Record<E, EventDefinition<S, E, Scope & P[E], Scope>>;
  const eventOf = (event: unknown) =>
    typeof event === 'string' && Object.hasOwn(events, event) ? events[event as E] : undefined;
  const rolesOf = (def: EventDefinition<S, E, Scope & P[E], Scope>, scope: Scope) =>
    typeof def.roles === 'function' ? def.roles(scope ?? ({} as Scope)) : def.roles;
  const targetsOf = (def: EventDefinition<S, E, Scope & P[E], Scope>): readonly S[] =>
    typeof def.to === 'object' ? def.to.oneOf : [def.to];

  // A final state is left only by the events the definition lists as deliberate exceptions,
  // whatever the `from` lists say: the list in one place is the one a reader checks.
  const leaves = (event: E, state: S) =>
    events[event].from.includes(state) &&
    (!definition.states[state].final || definition.exitsFromFinal.includes(event));

  function transition<K extends E>(
    state: S,
    event: K,
    actor: Actor,
    context: Scope & P[K],
  ): Result<Transitioned<S, K>> {
    const ctx = context ?? {};
    const base = { subject: definition.subject, event: asText(event), state: asText(state) };
    const stateInfo = Object.hasOwn(definition.states, state)
      ? definition.states[state]
      : undefined;
    if (!stateInfo)
      return fail(domainError('UNKNOWN_STATE', { ...base, machine: definition.name }));
    const def = eventOf(event);
    if (!def) return fail(domainError('UNKNOWN_EVENT', { ...base, machine: definition.name }));
    const facts = {
      ...base,
      event,
      state,
      eventLabel: def.label,
      stateLabel: stateInfo.label,
      machine: definition.name,
    };

    // Role before state: a role that may never fire the event is told so, whatever the state.
    const role = actor?.role;
    if (!has(rolesOf(def, ctx), role)) {
      const roleLabel = has(Object.keys(ROLE_LABELS), role)
        ? ROLE_LABELS[role as Role]
        : asText(role);
      const hint = Object.hasOwn(ROLE_HINTS, asText(role)) ? (ROLE_HINTS[role as Role] ?? '') : '';
      return fail(
        domainError('ROLE_NOT_ALLOWED', { ...facts, role: asText(role), roleLabel, hint }),
      );
    }
    if (!leaves(event, state)) return fail(domainError('TRANSITION_NOT_ALLOWED', facts));
    for (const guard of def.guards ?? []) {
      const refusal = guard(ctx, { ...facts, actor });
      if (refusal) return fail(refusal);
    }
    const next = typeof def.to === 'object' ? def.to.pick(ctx, state) : def.to;
    // A pick outside its declared list is a definition bug; refuse rather than persist it.
    if (!targetsOf(def).includes(next)) return fail(domainError('TRANSITION_NOT_ALLOWED', facts));
    return ok({ from: state, event, state: next, changed: next !== state });
  }

  function availableEvents(state: S, role: Role, scope: Scope): E[] {
    return (Object.keys(events) as E[]).filter((name) => {
      const def = events[name];
      return leaves(name, state) && rolesOf(def, scope).includes(role);
    });
  }

  return {
    definition,
    transition,
    availableEvents,
    targets: (event) => (eventOf(event) ? targetsOf(events[event]) : []),
  };
}
