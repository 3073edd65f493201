/**
 * Keyset pagination as a list page keeps it: the cursors of the pages already seen (to go back)
 * and the next page's cursor from the last answer. `load` fetches the page after a cursor and
 * sets `nextCursor` from the server's answer.
 *
 * @example const pages = new KeysetPages((cursor) => load(cursor)); pages.restart(); // page 1
 */
export class KeysetPages {
  cursors = $state<(string | undefined)[]>([undefined]);
  nextCursor = $state<string | null>(null);
  constructor(private readonly load: (cursor: string | undefined) => void) {}

  /** 1-based number of the page shown. */
  get page(): number {
    return this.cursors.length;
  }
  get hasNext(): boolean {
    return this.nextCursor !== null;
  }
  /** From the first page again (a filter changed). */
  restart(): void {
    this.cursors = [undefined];
    this.load(undefined);
  }
  /** The page shown, again (after a change). */
  reload(): void {
    this.load(this.cursors.at(-1));
  }
  next(): void {
    if (!this.nextCursor) return;
    this.cursors = [...this.cursors, this.nextCursor];
    this.load(this.nextCursor);
  }
  previous(): void {
    this.cursors = this.cursors.slice(0, -1);
    this.load(this.cursors.at(-1));
  }
}
