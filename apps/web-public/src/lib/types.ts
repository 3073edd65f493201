import type { PublicApi } from './api.js';

type Out<K extends keyof PublicApi['public']> = PublicApi['public'][K] extends {
  query: (...args: never[]) => Promise<infer R>;
}
  ? R
  : PublicApi['public'][K] extends { mutate: (...args: never[]) => Promise<infer R> }
    ? R
    : never;

/** What the public procedures return (types only; every value comes from the server). */
export type Commune = Out<'communes'>[number];
export type CommuneDialogues = Out<'dialogues'>;
export type Dialogue = Out<'dialogue'>;
export type Receipt = Out<'register'>;
export type Tracking = Out<'track'>;
export type Results = Out<'results'>;
export type RegisterInput = Parameters<PublicApi['public']['register']['mutate']>[0];
