// The conference screen's state: the conference and its petitions as last read from the server,
// with this laptop's changes that are still on their way laid over them, and the outbox that
// gets those changes to the server whenever the network lets it.
import type { AgendaItem, Attendance } from '@doithoai/domain';
import { readApiError, type ApiClient } from '@doithoai/ui';
import type { Petition } from '../types.js';
import {
  conferenceSender,
  type ConferenceChange,
  type ConferenceView,
  type FieldChange,
  type FloorRequest,
  type OutcomeRequest,
  type PetitionView,
} from './conference-changes.js';
import { Outbox, type OutboxEntry, type OutboxStorage, type RejectedEntry } from './outbox.js';

/** How often a waiting outbox tries again without being told the network is back. */
const RETRY_EVERY_MS = 5_000;

/** Where a plan's outbox lives in the browser (one per plan; survives reloads and closed tabs). */
export const outboxStorageKey = (planId: string) => `doithoai.chair.conference.${planId}`;

type FieldKind = FieldChange['kind'];

export class ConferenceRoom {
  server = $state<ConferenceView | null>(null);
  petitions = $state<Petition[]>([]);
  pending = $state<OutboxEntry<ConferenceChange>[]>([]);
  rejected = $state<RejectedEntry<ConferenceChange>[]>([]);
  online = $state(true);
  sending = $state(false);
  lastError = $state<string | null>(null);
  loadError = $state<string | null>(null);
  /** Both versions kept after someone else saved the same part: the message, and the text now. */
  mergeNotice = $state<string | null>(null);
  mergedMinutes = $state<string | null>(null);

  private readonly outbox: Outbox<ConferenceChange>;
  private changedOnServer = false;

  constructor(
    private readonly api: ApiClient,
    readonly planId: string,
    storage: OutboxStorage,
  ) {
    this.outbox = new Outbox<ConferenceChange>({
      storage,
      storageKey: outboxStorageKey(planId),
      send: conferenceSender({
        api,
        planId,
        current: () => this.server,
        conferenceSaved: (view) => this.conferenceSaved(view),
        petitionSaved: (petition) => this.petitionSaved(petition),
        merged: (message, _change, value) => {
          this.mergeNotice = message;
          if (value.kind === 'minutes') this.mergedMinutes = value.minutes;
        },
      }),
      onchange: () => this.mirror(),
    });
    this.mirror();
  }

  /**
   * Listens for the network coming back and retries on a timer; returns the cleanup.
   *
   * @example $effect(() => room.connect());
   */
  connect(): () => void {
    this.online = navigator.onLine;
    const online = () => {
      this.online = true;
      // Opened while the network was down: read the conference now that it is back.
      if (!this.server) void this.load();
      void this.sync();
    };
    const offline = () => (this.online = false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    const timer = setInterval(() => {
      if (this.outbox.pending.length > 0) void this.sync();
    }, RETRY_EVERY_MS);
    void this.sync();
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      clearInterval(timer);
    };
  }

  /** Reads the conference and all the dialogue's petitions. */
  async load(): Promise<void> {
    try {
      const [view, list] = await Promise.all([
        this.api.conference.get.query({ planId: this.planId }),
        this.api.petitions.list.query({ planId: this.planId, limit: 200 }),
      ]);
      this.server = view;
      this.petitions = list.items;
      this.loadError = null;
    } catch (error) {
      this.loadError = readApiError(error).message;
    }
  }

  /** Sends what is waiting; once the queue is empty after sending, reads the server again. */
  async sync(): Promise<void> {
    if (this.outbox.pending.length === 0) return;
    this.sending = true;
    try {
      await this.outbox.flush();
    } finally {
      this.sending = false;
      this.lastError = this.outbox.lastError;
    }
    if (this.changedOnServer && this.outbox.pending.length === 0) {
      this.changedOnServer = false;
      await this.load();
    }
  }

  // --- changes typed in the hall: each is stored before anything is sent ---

  start = () => this.queue({ kind: 'start' });
  end = () => this.queue({ kind: 'end' });

  saveAgenda(agenda: AgendaItem[]) {
    this.queue(
      { kind: 'agenda', agenda, base: this.confirmed('agenda') as AgendaItem[] },
      'agenda',
    );
  }

  saveAttendance(attendance: Attendance[]) {
    const base = this.confirmed('attendance') as Attendance[];
    this.queue({ kind: 'attendance', attendance, base }, 'attendance');
  }

  saveMinutes(minutes: string) {
    if (minutes === this.minutes) return;
    this.queue({ kind: 'minutes', minutes, base: this.confirmed('minutes') as string }, 'minutes');
  }

  recordOutcome(request: OutcomeRequest, speaker: string) {
    this.queue({ kind: 'outcome', request, speaker });
  }

  raiseFromFloor(request: FloorRequest) {
    this.queue({ kind: 'floor', request });
  }

  dismiss(key: string) {
    this.outbox.dismiss(key);
  }

  // --- what the screen shows: the server's state with the waiting changes laid over it ---

  get agenda(): AgendaItem[] {
    return (this.latest('agenda') ?? this.server?.agenda ?? []) as AgendaItem[];
  }
  get attendance(): Attendance[] {
    return (this.latest('attendance') ?? this.server?.attendance ?? []) as Attendance[];
  }
  get minutes(): string {
    return (this.latest('minutes') ?? this.server?.minutes ?? '') as string;
  }
  /** Opened, as far as this screen knows (a start still waiting counts). */
  get started(): boolean {
    return !!this.server?.startedAt || this.pending.some((e) => e.payload.kind === 'start');
  }
  get ended(): boolean {
    return !!this.server?.endedAt || this.pending.some((e) => e.payload.kind === 'end');
  }
  /** The outcome typed for a petition and not yet acknowledged. */
  waitingOutcome(petitionId: string): OutcomeRequest | undefined {
    for (const e of this.pending)
      if (e.payload.kind === 'outcome' && e.payload.request.petitionId === petitionId)
        return e.payload.request;
    return undefined;
  }
  get waitingFloor(): { key: string; request: FloorRequest }[] {
    return this.pending.flatMap((e) =>
      e.payload.kind === 'floor' ? [{ key: e.key, request: e.payload.request }] : [],
    );
  }

  private queue(change: ConferenceChange, coalesce?: string) {
    // A plain copy: a change must not follow later edits of the screen's reactive state.
    this.outbox.enqueue($state.snapshot(change), coalesce);
    void this.sync();
  }

  private latest(kind: FieldKind): unknown {
    const entry = this.pending.findLast((e) => e.payload.kind === kind);
    return entry ? valueOf(entry.payload as FieldChange) : undefined;
  }

  /**
   * What a new change of `kind` is typed over: our previous change if it has been on the wire
   * (it stays queued ahead of this one), else the server's value. An unsent one is replaced.
   */
  private confirmed(kind: FieldKind): unknown {
    const sent = this.pending.findLast((e) => e.payload.kind === kind && e.attempts > 0);
    if (sent) return valueOf(sent.payload as FieldChange);
    if (kind === 'agenda') return this.server?.agenda ?? [];
    return kind === 'attendance' ? (this.server?.attendance ?? []) : (this.server?.minutes ?? '');
  }

  private conferenceSaved(view: ConferenceView) {
    this.server = view;
    this.changedOnServer = true;
  }

  private petitionSaved(petition: PetitionView) {
    const at = this.petitions.findIndex((p) => p.id === petition.id);
    if (at >= 0) this.petitions[at] = petition as Petition;
    else this.petitions.push(petition as Petition);
    this.changedOnServer = true;
  }

  private mirror() {
    this.pending = JSON.parse(JSON.stringify(this.outbox.pending)) as typeof this.pending;
    this.rejected = JSON.parse(JSON.stringify(this.outbox.rejected)) as typeof this.rejected;
  }
}

function valueOf(change: FieldChange): unknown {
  if (change.kind === 'agenda') return change.agenda;
  return change.kind === 'attendance' ? change.attendance : change.minutes;
}
