import { readApiError, type FormErrors } from './api-errors.js';

/**
 * One form's call to the server: busy while it runs, the refusal (message and fields) when the
 * server says no, `ondone` with the saved message when it says yes.
 *
 * @example const step = new Step((m) => (notice = m)); await step.run(() => api.petitions.assign.mutate(input), 'Đã giao.');
 */
export class Step {
  busy = $state(false);
  refusal = $state<FormErrors | null>(null);
  constructor(private readonly ondone: (message: string) => void) {}

  /** The server's messages for one field (empty when it accepted or was not asked). */
  errors(field: string): string[] {
    return this.refusal?.fieldErrors[field] ?? [];
  }

  async run(call: () => Promise<unknown>, message: string): Promise<boolean> {
    this.busy = true;
    this.refusal = null;
    try {
      await call();
      this.ondone(message);
      return true;
    } catch (error) {
      this.refusal = readApiError(error);
      return false;
    } finally {
      this.busy = false;
    }
  }
}
