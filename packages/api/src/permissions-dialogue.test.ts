import { insertAccount } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { DOCX_KINDS, type DocumentKind } from '@doithoai/documents';
import { readDocx, readZip } from '@doithoai/documents/testing';
import { ROLES, type Role } from '@doithoai/domain';
import {
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, SESSION_COOKIE } from './auth/sessions.js';
import { PLAN_FILES } from './http/documents-records.js';
import { signInAt } from './lifecycle.test-support.js';
import { registrationOf } from './routers/petitions/petitions.test-support.js';
import { choMoiPlanAt } from './routers/plans/plans.test-support.js';
import { allowedRoles, PROCEDURES } from './security/procedures.test-support.js';
import { createTestApi, type TestApi } from './test-api.test-support.js';

/*
 * The permission matrix of a held dialogue (issue 17): the conference procedures and every
 * `/documents/*` download, for every role × its own commune (Chợ Mới) or another (Khoen On, in
 * another province) × the department's body (the land department, or the police). Each cell's
 * expected answer is derived from the access the procedures declare (a download needs the read
 * procedures it is built from), so a procedure or a file added later is in the matrix by itself.
 * On top of the status, each answer is read for the citizens it names: a department sees only
 * the petitions assigned to its body — in the conference and in the minutes as anywhere — and
 * only the roles that answer the citizen (`readsCitizenContact`) read a phone or an address.
 */

const dialects = await testDialects();
const NOW = '2025-12-20T03:00:00.000Z';

/**
 * Three speakers, each answered by someone else (the land department, the police, the chair),
 * and a citizen who does not speak, whose petition is forwarded to the province.
 */
const CITIZENS = {
  land: { fullName: 'Nông Văn Thắng', phone: '0987000201', address: 'Tổ 3, thôn Bản Mỳ' },
  police: { fullName: 'Ma Thị Hoa', phone: '0987000202', address: 'Tổ 7, thôn Bản Khoen' },
  chair: { fullName: 'Hoàng Thị Xuân', phone: '0987000203', address: 'Tổ 2, thôn Đồng Tâm' },
  upper: { fullName: 'Lương Văn Khánh', phone: '0987000204', address: 'Tổ 5, thôn Bản Mỳ' },
} as const;
type CitizenKey = keyof typeof CITIZENS;
const EVERY_CITIZEN = Object.keys(CITIZENS) as CitizenKey[];
const SPEAKERS: CitizenKey[] = ['land', 'police', 'chair'];

interface Caller {
  label: string;
  role: Role;
  commune: 'own' | 'other';
  /** The department's body: the land department (the seeded account) or the police. */
  body: 'land' | 'police' | null;
  accountId: string;
}

/**
 * Who answers the citizen and so reads how to reach them (docs/domain.md "Who uses it"): the
 * offices, the leaders and the bodies. Written out here, not read from access.ts, so a change of
 * the rule fails this matrix.
 */
const CONTACT_ROLES: readonly Role[] = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'department',
];
const readsCitizenContact = (role: Role) => CONTACT_ROLES.includes(role);

const accessOf = (path: string) =>
  present(
    PROCEDURES.find((p) => p.path === path),
    path,
  );
const admits = (path: string, role: Role) => allowedRoles(accessOf(path)).includes(role);

/** The citizens a caller of Chợ Mới reads among the speakers: a department only its body's. */
const visibleTo = (caller: Caller): CitizenKey[] =>
  caller.role === 'department' ? [caller.body ?? 'land'] : SPEAKERS;

/** What a download is built from: a file is served only to who may call all of them. */
const NEEDS: Record<DocumentKind, string[]> = {
  plan: ['plans.get'],
  'registration-form': ['plans.get'],
  'public-notice': ['plans.get'],
  invitation: ['plans.get'],
  minutes: ['plans.get', 'conference.get'],
  conclusion: ['plans.get', 'followUp.conclusion'],
  'monthly-progress': ['plans.get', 'reports.monthlyProgress'],
  'results-report': ['plans.get', 'followUp.conclusion'],
  'petition-register': ['reports.register'],
  'written-answer': ['petitions.get', 'plans.get'],
  'referral-letter': ['petitions.get', 'plans.get'],
  'referral-notice': ['petitions.get', 'plans.get'],
  'extension-notice': ['followUp.get', 'petitions.get', 'plans.get'],
  'supervision-report': ['supervision.report'],
  programme: ['plans.get'],
  'meeting-rules': ['plans.get'],
  'delegate-list': ['plans.get'],
  'speaker-list': ['plans.get', 'conference.get', 'petitions.list'],
};

/** The citizens a file names, for a reader who may download it. */
const NAMES: Partial<Record<DocumentKind, (caller: Caller) => CitizenKey[]>> = {
  minutes: visibleTo,
  'speaker-list': visibleTo,
  'petition-register': () => EVERY_CITIZEN,
};

describe.each(dialects)('the dialogue’s permission matrix on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let taskId: string;
  const petitionIds = {} as Record<CitizenKey, string>;
  const callers: Caller[] = [];
  let conference: { agenda: unknown; attendance: unknown; minutes: string; version: number };
  let choMoiState: () => Promise<string>;

  const cookieOf = async (caller: Caller) => {
    api.setNow(NOW);
    const { token } = await startSession(api.handle.db, caller.accountId, new Date(NOW));
    return `${SESSION_COOKIE}=${token}`;
  };
  const request = async (caller: Caller, path: string, init: RequestInit = {}) =>
    api.app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie: await cookieOf(caller) },
    });
  const trpc = async (caller: Caller, type: 'query' | 'mutation', path: string, input: unknown) => {
    const response =
      type === 'query'
        ? await request(caller, `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`)
        : await request(caller, `/trpc/${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(input),
          });
    const text = await response.text();
    const body = JSON.parse(text) as {
      result?: { data?: unknown };
      error?: { data?: { domainCode?: string | null } };
    };
    return {
      status: response.status,
      text,
      data: body.result?.data,
      domainCode: body.error?.data?.domainCode ?? null,
    };
  };
  /** Every citizen's name, phone or address that appears in a text. */
  const citizensIn = (text: string) => {
    const found: string[] = [];
    for (const key of EVERY_CITIZEN)
      for (const part of ['fullName', 'phone', 'address'] as const)
        if (text.includes(CITIZENS[key][part])) found.push(`${key}.${part}`);
    return found.sort();
  };
  const expectedParts = (keys: CitizenKey[], contact: boolean) =>
    keys
      .flatMap((key) =>
        contact ? [`${key}.fullName`, `${key}.phone`, `${key}.address`] : [`${key}.fullName`],
      )
      .sort();

  beforeAll(async () => {
    api = await createTestApi(dialect);
    const plan = await choMoiPlanAt(api, 'announced', { documentNumber: 14 });
    planId = plan.plan.id;
    const villages = api.tenant.villageIds;
    const office = await signInAt(api, '2025-12-03', 'party-office');
    const seeds = {
      land: aLandPetitionInChoMoi(),
      police: aSecurityPetitionInChoMoi({ wantsToSpeak: true }),
      chair: aLandPetitionInChoMoi({
        receivedOn: '2025-12-03',
        content: 'Đề nghị xã sửa chữa đoạn kênh mương nội đồng thôn Đồng Tâm bị sạt lở.',
      }),
      upper: aLandPetitionInChoMoi({
        receivedOn: '2025-12-03',
        wantsToSpeak: false,
        content: 'Đề nghị tỉnh điều chỉnh giá đất bồi thường dự án đường tỉnh 256.',
      }),
    };
    const versions = {} as Record<CitizenKey, number>;
    for (const [index, key] of EVERY_CITIZEN.entries()) {
      const seed = seeds[key];
      const villageId = present(villages[index % villages.length], `village ${index + 1}`);
      const created = await office.petitions.register.mutate(
        registrationOf(planId, villageId, seed, {
          petitioner: { ...CITIZENS[key], villageId },
        }),
      );
      const triaged = await office.petitions.triage.mutate({
        id: created.id,
        expectedVersion: created.version,
        field: seed.field ?? 'land-environment',
        urgency: 'normal',
        complexity: 'standard',
        // The last one goes to the province (seed 002 §4.3): its referral letter and notice.
        ...(key === 'upper'
          ? { competence: 'upper-level' as const, referredTo: 'UBND tỉnh Thái Nguyên' }
          : { competence: 'commune' as const }),
      });
      petitionIds[key] = triaged.id;
      versions[key] = triaged.version;
    }

    // The conference: opened, each speaker's outcome, closed; then the plan is recorded as held.
    const host = await signInAt(api, '2025-12-10T01:00:00.000Z', 'party-office');
    await host.conference.start.mutate({ planId });
    const chair = await signInAt(api, '2025-12-10T02:00:00.000Z', 'commune-chair');
    for (const key of ['land', 'police'] as const)
      await chair.conference.recordOutcome.mutate({
        petitionId: petitionIds[key],
        expectedVersion: versions[key],
        kind: 'answer-in-writing',
        responsibleOrganisationId:
          key === 'land'
            ? api.tenant.organisations.landDepartment
            : api.tenant.organisations.police,
      });
    await chair.conference.recordOutcome.mutate({
      petitionId: petitionIds.chair,
      expectedVersion: versions.chair,
      kind: 'answered-at-conference',
      answeredBy: { name: 'Nguyễn Văn Hùng', position: 'Chủ tịch UBND xã' },
    });
    const closing = await signInAt(api, '2025-12-10T04:00:00.000Z', 'party-office');
    await closing.conference.saveMinutes.mutate({
      planId,
      expectedVersion: 1,
      minutes: 'Hồi 08 giờ 00 phút ngày 10/12/2025, tại Hội trường UBND xã Chợ Mới…',
    });
    // The agenda saved as the office adopted it: saving it again below is then a no-op.
    const opened = await closing.conference.get.query({ planId });
    await closing.conference.saveAgenda.mutate({
      planId,
      expectedVersion: opened.version,
      agenda: opened.agenda,
    });
    await closing.conference.end.mutate({ planId });
    const current = await closing.plans.get.query({ id: planId });
    const held = await closing.plans.hold.mutate({
      id: planId,
      expectedVersion: current.version,
      heldOn: '2025-12-10',
    });
    const secretary = await signInAt(api, '2025-12-12', 'party-secretary');
    const issued = await secretary.followUp.issueConclusion.mutate({
      planId,
      expectedVersion: held.version,
      documentNumber: 45,
      documentSymbol: 'TB/ĐU',
      position: 'Đảng ủy xã ghi nhận các ý kiến; giao các cơ quan giải quyết dứt điểm.',
      items: [
        {
          content: 'Đo đạc lại ranh giới các thửa đất còn tranh chấp ở thôn Bản Mỳ.',
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
          relatedPetitionIds: [petitionIds.land],
        },
      ],
    });
    // The land department's task takes longer: the notice of the extension to the citizen.
    const task = present(issued.tasks[0], 'the land department’s task');
    taskId = task.id;
    const extending = await signInAt(api, '2025-12-18', 'government-office');
    await extending.followUp.extend.mutate({
      id: task.id,
      expectedVersion: task.version,
      newDueOn: '2026-02-06',
      reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
      citizenInformed: true,
      informedOn: '2025-12-18',
      informedHow: 'written-notice',
    });

    // The police's own department account, beside the seeded land department's.
    const policeAccount = await insertAccount(
      api.handle.db,
      {
        username: 'cong-an.02086',
        fullName: 'Hà Văn Minh',
        role: 'department',
        adminUnitCode: '02086',
        organisationId: api.tenant.organisations.police,
        passwordHash: 'scrypt$1024$8$1$c2FsdA$not-a-real-hash',
      },
      '2025-11-01T08:00:00.000Z',
    );
    // Each body drafts its written answer; the chair approves both.
    for (const key of ['land', 'police'] as const) {
      api.setNow('2025-12-15T02:00:00.000Z');
      const body = key === 'land' ? await api.as('department') : await api.asAccount(policeAccount);
      const petition = await (
        await api.as('party-office')
      ).petitions.get.query({
        id: petitionIds[key],
      });
      const drafted = await body.petitions.draftAnswer.mutate({
        id: petitionIds[key],
        expectedVersion: petition.petition.version,
        content: `UBND xã trả lời ${CITIZENS[key].fullName}: cơ quan đã kiểm tra và sẽ xử lý trước ngày 15/01/2026.`,
      });
      const approver = await signInAt(api, '2025-12-16', 'commune-chair');
      await approver.petitions.approveAnswer.mutate({
        id: drafted.id,
        expectedVersion: drafted.version,
      });
    }
    api.setNow(NOW);

    for (const role of ROLES) {
      callers.push({
        label: `${role} of Chợ Mới${role === 'department' ? ' (land)' : ''}`,
        role,
        commune: 'own',
        body: role === 'department' ? 'land' : null,
        accountId: api.tenant.accounts[role].id,
      });
      callers.push({
        label: `${role} of Khoen On`,
        role,
        commune: 'other',
        body: role === 'department' ? 'land' : null,
        accountId: api.otherTenant.accounts[role].id,
      });
    }
    callers.push({
      label: 'department of Chợ Mới (police)',
      role: 'department',
      commune: 'own',
      body: 'police',
      accountId: policeAccount,
    });

    const reader = await api.as('party-office');
    const stored = await reader.conference.get.query({ planId });
    conference = stored;
    choMoiState = async () => {
      const petitions = await api.handle.db
        .selectFrom('petitions')
        .select(['id', 'version', 'status'])
        .where('admin_unit_code', '=', '02086')
        .orderBy('id')
        .execute();
      const conferences = await api.handle.db
        .selectFrom('conferences')
        .select(['plan_id', 'version'])
        .orderBy('plan_id')
        .execute();
      const audits = await api.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('admin_unit_code', '=', '02086')
        .where('action', 'not like', 'document.%')
        .where('action', '!=', 'report.register')
        .executeTakeFirstOrThrow();
      return JSON.stringify({ petitions, conferences, audits: Number(audits.n) });
    };
  }, 300_000);
  afterAll(() => api.close());

  it('conference.get: each role of each commune gets what its access, commune and body allow', async () => {
    const wrong: string[] = [];
    for (const caller of callers) {
      const answer = await trpc(caller, 'query', 'conference.get', { planId });
      const names = citizensIn(answer.text);
      let expected: { status: number; names: string[] };
      if (!admits('conference.get', caller.role)) expected = { status: 403, names: [] };
      else if (caller.commune === 'other') expected = { status: 404, names: [] };
      // The speaking order names the speakers; nobody reads a phone or an address there.
      else expected = { status: 200, names: expectedParts(visibleTo(caller), false) };
      const got = { status: answer.status, names };
      if (JSON.stringify(got) !== JSON.stringify(expected))
        wrong.push(`${caller.label}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
      if (answer.status === 403 && answer.domainCode !== null)
        wrong.push(`${caller.label}: refused by ${answer.domainCode}, not by the access check`);
    }
    expect(wrong).toEqual([]);
  });

  it('the department’s filter is real: each body reads its own speaker, and both differ from the office', async () => {
    // The oracle of the cells above can fail: the bodies' views differ from each other.
    const land = present(
      callers.find((c) => c.label.endsWith('(land)')),
      'land department',
    );
    const police = present(
      callers.find((c) => c.label.endsWith('(police)')),
      'police',
    );
    const read = async (caller: Caller) =>
      (
        (await trpc(caller, 'query', 'conference.get', { planId })).data as {
          speakingOrder: { speakerName: string }[];
        }
      ).speakingOrder.map((s) => s.speakerName);
    expect(await read(land)).toEqual([CITIZENS.land.fullName]);
    expect(await read(police)).toEqual([CITIZENS.police.fullName]);
  });

  const CONFERENCE_MUTATIONS = PROCEDURES.filter(
    (p) => p.path.startsWith('conference.') && p.type === 'mutation',
  );

  it('lists every conference procedure in the matrix', () => {
    expect(
      PROCEDURES.filter((p) => p.path.startsWith('conference.'))
        .map((p) => p.path)
        .sort(),
    ).toEqual([...CONFERENCE_MUTATIONS.map((p) => p.path), 'conference.get'].sort());
    expect(CONFERENCE_MUTATIONS.length).toBeGreaterThanOrEqual(7);
  });

  it('conference changes: refused by access, or by tenancy (404) in another commune; nothing of Chợ Mới changes', async () => {
    const before = await choMoiState();
    const inputs: Record<string, () => unknown> = {
      // Each input reaches past the commune check and then changes nothing: the session is
      // over, the content is the stored one, the version is stale, the village unknown.
      'conference.start': () => ({ planId }),
      'conference.end': () => ({ planId }),
      'conference.saveAgenda': () => ({
        planId,
        expectedVersion: conference.version,
        agenda: conference.agenda,
      }),
      'conference.saveMinutes': () => ({
        planId,
        expectedVersion: conference.version,
        minutes: conference.minutes,
      }),
      'conference.saveAttendance': () => ({
        planId,
        expectedVersion: conference.version,
        attendance: conference.attendance,
      }),
      'conference.recordOutcome': () => ({
        petitionId: petitionIds.chair,
        expectedVersion: 1,
        kind: 'answered-at-conference',
        answeredBy: { position: 'Chủ tịch UBND xã' },
      }),
      'conference.raiseFromFloor': () => ({
        planId,
        petitioner: {
          fullName: 'Hà Văn Sinh',
          villageId: present(api.otherTenant.villageIds[0], 'a village of Khoen On'),
        },
        content: 'Đề nghị xã sớm lắp đèn chiếu sáng đoạn đường qua thôn Đồng Tâm.',
      }),
    };
    const wrong: string[] = [];
    for (const entry of CONFERENCE_MUTATIONS) {
      const input = inputs[entry.path];
      if (!input) {
        wrong.push(`${entry.path}: no input in this matrix`);
        continue;
      }
      for (const caller of callers) {
        const answer = await trpc(caller, 'mutation', entry.path, input());
        const leaks = citizensIn(answer.text);
        const label = `${entry.path} × ${caller.label}`;
        if (!admits(entry.path, caller.role)) {
          if (answer.status !== 403 || answer.domainCode !== null)
            wrong.push(`${label}: ${answer.status} ${answer.domainCode}, expected 403 by access`);
        } else if (caller.commune === 'other') {
          if (answer.status !== 404) wrong.push(`${label}: ${answer.status}, expected 404`);
        } else if (answer.status === 404 || answer.status >= 500 || answer.status === 401)
          wrong.push(`${label}: ${answer.status} in its own commune`);
        if (caller.commune === 'other' && leaks.length > 0)
          wrong.push(`${label}: names ${leaks.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await choMoiState()).toBe(before);
  }, 300_000);

  /** Every download of the dialogue: the plan's files, and each body's written answer. */
  interface Download {
    kind: DocumentKind;
    path: string;
    /** The citizen a letter is about, or null for the plan's files. */
    petition: CitizenKey | null;
  }
  const downloads = (): Download[] => [
    ...Object.entries(PLAN_FILES).map(([file, { kind, formats }]): Download => ({
      kind,
      path: `/documents/plans/${planId}/${file}.${formats[0] ?? 'docx'}`,
      petition: null,
    })),
    ...(['land', 'police'] as const).map((key): Download => ({
      kind: 'written-answer',
      path: `/documents/petitions/${petitionIds[key]}/${DOCX_KINDS['written-answer'].fileName}.docx`,
      petition: key,
    })),
    ...(['referral-letter', 'referral-notice'] as const).map((kind): Download => ({
      kind,
      path: `/documents/petitions/${petitionIds.upper}/${DOCX_KINDS[kind].fileName}.docx`,
      petition: 'upper',
    })),
    {
      kind: 'supervision-report',
      path: `/documents/supervision/${DOCX_KINDS['supervision-report'].fileName}.docx?plan=${planId}`,
      petition: null,
    },
    {
      kind: 'extension-notice',
      path: `/documents/tasks/${taskId}/${DOCX_KINDS['extension-notice'].fileName}.docx`,
      petition: 'land',
    },
  ];

  const textOf = async (response: Response) => {
    const bytes = Buffer.from(await response.arrayBuffer());
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('wordprocessingml')) return readDocx(bytes).text;
    if (type.includes('spreadsheetml'))
      return [...readZip(bytes).values()].map((b) => b.toString('utf8')).join('\n');
    return bytes.toString('utf8');
  };

  it('covers every kind of document the api serves', () => {
    const kinds = new Set(downloads().map((d) => d.kind));
    expect([...kinds].sort()).toEqual([...Object.keys(DOCX_KINDS), 'petition-register'].sort());
  });

  it('/documents/*: each role of each commune and body downloads what its read procedures allow, naming only whom it may read', async () => {
    const wrong: string[] = [];
    for (const download of downloads()) {
      for (const caller of callers) {
        const response = await request(caller, download.path);
        const text = await textOf(response);
        // The read procedures run in order: the first that refuses the role answers 403, the
        // first that cannot find another commune's record 404.
        const refusal = NEEDS[download.kind]
          .map((path) =>
            !admits(path, caller.role) ? 403 : caller.commune === 'other' ? 404 : null,
          )
          .find((status) => status !== null);
        const contact = readsCitizenContact(caller.role);
        let expected: { status: number; names: string[] };
        if (refusal) expected = { status: refusal, names: [] };
        else if (download.petition !== null) {
          // A letter about one petition: another body's is "not found" to a department; it
          // names its citizen, with the address for who answers them (the phone is never printed).
          const own = caller.role !== 'department' || caller.body === download.petition;
          expected = own
            ? {
                status: 200,
                names: [
                  `${download.petition}.fullName`,
                  ...(contact ? [`${download.petition}.address`] : []),
                ].sort(),
              }
            : { status: 404, names: [] };
        } else
          expected = {
            status: 200,
            names: expectedParts(
              NAMES[download.kind]?.(caller) ?? [],
              contact && download.kind === 'petition-register',
            ),
          };
        const got = { status: response.status, names: citizensIn(text) };
        if (JSON.stringify(got) !== JSON.stringify(expected))
          wrong.push(
            `${download.path.replace(planId, '<plan>')} × ${caller.label}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('petitions.get and petitions.list: the phone, address and consents only for who answers the citizen', async () => {
    const wrong: string[] = [];
    for (const caller of callers.filter((c) => c.commune === 'own')) {
      if (!admits('petitions.get', caller.role)) continue;
      const key = visibleTo(caller)[0] ?? 'land';
      const one = await trpc(caller, 'query', 'petitions.get', { id: petitionIds[key] });
      const list = await trpc(caller, 'query', 'petitions.list', { planId });
      const contact = readsCitizenContact(caller.role);
      const petition = (one.data as { petition: Record<string, unknown> } | undefined)?.petition;
      const items = (list.data as { items: Record<string, unknown>[] } | undefined)?.items ?? [];
      const shapes = [petition, ...items].map((p) =>
        ['phone', 'address', 'consents'].filter((field) => p !== undefined && field in p),
      );
      const expected = contact ? ['phone', 'address', 'consents'] : [];
      if (one.status !== 200 || list.status !== 200 || items.length === 0)
        wrong.push(`${caller.label}: ${one.status}/${list.status}, ${items.length} rows`);
      for (const shape of shapes)
        if (JSON.stringify(shape) !== JSON.stringify(expected))
          wrong.push(`${caller.label}: fields ${JSON.stringify(shape)}`);
      const leaked = citizensIn(one.text + list.text).filter((p) => !p.endsWith('.fullName'));
      if (!contact && leaked.length > 0) wrong.push(`${caller.label}: ${leaked.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the Front and the province viewer read a petition without phone or address; the office reads both', async () => {
    const byRole = (role: Role) =>
      present(
        callers.find((c) => c.role === role && c.commune === 'own'),
        role,
      );
    const read = async (role: Role) =>
      (
        (await trpc(byRole(role), 'query', 'petitions.get', { id: petitionIds.land })).data as {
          petition: { fullName: string; phone?: string; address?: string };
        }
      ).petition;
    for (const role of ['front-chair', 'front-officer', 'province-viewer'] as const) {
      const petition = await read(role);
      expect(petition.fullName).toBe(CITIZENS.land.fullName);
      expect(petition).not.toHaveProperty('phone');
      expect(petition).not.toHaveProperty('address');
      expect(petition).not.toHaveProperty('consents');
    }
    expect(await read('government-office')).toMatchObject({
      phone: CITIZENS.land.phone,
      address: CITIZENS.land.address,
    });
  });
});
