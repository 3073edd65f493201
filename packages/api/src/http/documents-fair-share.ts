/** Documents one caller may have in the making at once (the rest of the queue is for others). */
export const DOCUMENTS_PER_CALLER = 2;
/** Documents in the making at once for everyone; beyond that the queue is "long". */
export const DOCUMENTS_IN_FLIGHT = 12;
/** What a refused caller is told to wait (seconds): about one conversion. */
export const DOCUMENTS_RETRY_AFTER_SECONDS = 15;

export type FairShareRefusal = 'caller-share-used' | 'queue-long';

/**
 * Each caller's fair share of the document queue (issue 17: 20 concurrent PDF requests from the
 * lowest staff role made the secretary's plan PDF wait 90 s and time out). A caller (an account,
 * or an address for the public pages) has at most `perCaller` documents in the making; everyone
 * together at most `total`. Beyond either, the request is refused at once — 503 with
 * Retry-After — instead of waiting behind the queue, so one caller filling it cannot make
 * another's document wait for more than the others' shares.
 *
 * @example const ticket = share.enter('account:…'); if (typeof ticket === 'string') refuse(ticket); else try { … } finally { ticket.release(); }
 */
export class FairShare {
  private readonly byCaller = new Map<string, number>();
  private inFlight = 0;

  constructor(
    readonly perCaller = DOCUMENTS_PER_CALLER,
    readonly total = DOCUMENTS_IN_FLIGHT,
  ) {}

  get size() {
    return { inFlight: this.inFlight, callers: this.byCaller.size };
  }

  /** A ticket for one document, or why not; release it when the document is made (or failed). */
  enter(caller: string): { release(): void } | FairShareRefusal {
    const mine = this.byCaller.get(caller) ?? 0;
    if (mine >= this.perCaller) return 'caller-share-used';
    if (this.inFlight >= this.total) return 'queue-long';
    this.byCaller.set(caller, mine + 1);
    this.inFlight += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.inFlight -= 1;
        const left = (this.byCaller.get(caller) ?? 1) - 1;
        if (left > 0) this.byCaller.set(caller, left);
        else this.byCaller.delete(caller);
      },
    };
  }
}

export const FAIR_SHARE_MESSAGES = {
  'caller-share-used':
    'Bạn đang tạo nhiều văn bản cùng lúc; vui lòng đợi các văn bản trước xong rồi thử lại sau ít giây.',
  'queue-long': 'Máy chủ đang tạo nhiều văn bản; vui lòng thử lại sau ít giây.',
} as const satisfies Record<FairShareRefusal, string>;

export const FAIR_SHARE_CODES = {
  'caller-share-used': 'DOCUMENT_SHARE_USED',
  'queue-long': 'DOCUMENT_QUEUE_FULL',
} as const satisfies Record<FairShareRefusal, string>;
