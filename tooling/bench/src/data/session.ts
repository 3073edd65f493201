import SQLite from 'better-sqlite3';
import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import { BENCH_ACCOUNT, FIRST_COMMUNE, INTAKE_PLAN_ID } from './world.js';

/**
 * Signs in through the real `auth.login` (scrypt and all) and returns the session cookie.
 *
 * @example const cookie = await signIn(server.url); // 'doithoai_session=…'
 */
export async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ACCOUNT),
  });
  const cookie = /doithoai_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (response.status !== 200 || !cookie)
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return cookie;
}

/** A village of the first commune, read from a dataset file. */
export function firstVillageId(file: string): string {
  const db = new SQLite(file, { readonly: true });
  try {
    const row = db
      .prepare('select id from villages where admin_unit_code = ? order by name limit 1')
      .get(FIRST_COMMUNE) as { id: string };
    return row.id;
  } finally {
    db.close();
  }
}

/**
 * A registration as an office enters it (seed 000's land petition, in the first commune), as
 * the JSON body of `petitions.register`.
 *
 * @example const body = registrationBody(villageId);
 */
export function registrationBody(villageId: string): string {
  const petition = aLandPetitionInChoMoi();
  return JSON.stringify({
    planId: INTAKE_PLAN_ID,
    channel: petition.channel,
    petitioner: { ...petition.petitioner, villageId },
    content: petition.content,
    kind: petition.kind,
    field: petition.field,
    wantsToSpeak: petition.wantsToSpeak,
    consents: petition.consents.map(({ purpose, givenAt, channel }) => ({
      purpose,
      givenAt,
      channel,
    })),
  });
}
