import { testDialects } from '@doithoai/db/testing';
import {
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  aSonTayHaPlan,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import {
  insertPetitionRow,
  insertPlanRow,
  okData,
  vietnamMorning,
} from '../follow-up/follow-up.test-support.js';

interface Detail {
  petition: { version: number; status: string };
  answers: { content: string; legalBasis: string | null; documentRef: string | null }[];
}

const dialects = await testDialects();

describe.each(dialects)(
  'the legal basis of a written answer recorded as sent on $name',
  (dialect) => {
    let api: TestApi;
    let forwarded: string;
    let drafted: string;
    let based: string;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      const db = api.handle.db;
      const code = api.tenant.communeCode;
      const plan = await insertPlanRow(db, aSonTayHaPlan(), {
        adminUnitCode: code,
        heldOn: '2025-12-10',
      });
      forwarded = await insertPetitionRow(db, aLandPetitionInChoMoi(), {
        planId: plan.id,
        adminUnitCode: code,
        status: 'forwarded',
      });
      drafted = await insertPetitionRow(db, aSecurityPetitionInChoMoi(), {
        planId: plan.id,
        adminUnitCode: code,
        assignedOrganisationId: api.tenant.organisations.landDepartment,
      });
      based = await insertPetitionRow(db, aLandPetitionInChoMoi(), {
        planId: plan.id,
        adminUnitCode: code,
        assignedOrganisationId: api.tenant.organisations.landDepartment,
      });
      api.setNow(vietnamMorning('2026-01-14'));
    });
    afterAll(() => api.close());

    const detail = async (id: string) =>
      okData((await api.as('government-office')).query<Detail>('petitions.get', { id }));

    it('keeps the legal basis of the competent level’s reply to a forwarded petition', async () => {
      const office = await api.as('government-office');
      const { petition } = await detail(forwarded);
      await okData(
        office.mutate('petitions.recordWrittenAnswer', {
          id: forwarded,
          expectedVersion: petition.version,
          documentRef: '412/STNMT-QLĐĐ',
          sentOn: '2026-01-12',
          content:
            'Sở Nông nghiệp và Môi trường trả lời về bồi thường khi nâng cấp đường tỉnh 254.',
          legalBasis: 'Luật Đất đai 2024, Điều 91',
        }),
      );
      const { answers } = await detail(forwarded);
      expect(answers).toMatchObject([
        { documentRef: '412/STNMT-QLĐĐ', legalBasis: 'Luật Đất đai 2024, Điều 91' },
      ]);
    });

    it('fills the legal basis an approved draft lacks', async () => {
      const department = await api.as('department');
      let { petition } = await detail(drafted);
      await okData(
        department.mutate('petitions.draftAnswer', {
          id: drafted,
          expectedVersion: petition.version,
          content: 'Công an xã đã bố trí tổ tuần tra ban đêm trên tuyến đường liên thôn.',
        }),
      );
      ({ petition } = await detail(drafted));
      const chair = await api.as('commune-chair');
      await okData(
        chair.mutate('petitions.approveAnswer', { id: drafted, expectedVersion: petition.version }),
      );
      ({ petition } = await detail(drafted));
      const office = await api.as('government-office');
      await okData(
        office.mutate('petitions.recordWrittenAnswer', {
          id: drafted,
          expectedVersion: petition.version,
          documentRef: '19/UBND-CA',
          legalBasis: 'Luật Công an nhân dân 2018',
        }),
      );
      const { answers } = await detail(drafted);
      expect(answers).toMatchObject([
        { documentRef: '19/UBND-CA', legalBasis: 'Luật Công an nhân dân 2018' },
      ]);
    });

    it('never replaces the legal basis the approved draft carries', async () => {
      const department = await api.as('department');
      let { petition } = await detail(based);
      await okData(
        department.mutate('petitions.draftAnswer', {
          id: based,
          expectedVersion: petition.version,
          content: 'Công chức địa chính đã đo đạc lại ranh giới thửa đất ngày 12/01/2026.',
          legalBasis: 'Luật Đất đai 2024, Điều 137',
        }),
      );
      ({ petition } = await detail(based));
      const chair = await api.as('commune-chair');
      await okData(
        chair.mutate('petitions.approveAnswer', { id: based, expectedVersion: petition.version }),
      );
      ({ petition } = await detail(based));
      const office = await api.as('government-office');
      await okData(
        office.mutate('petitions.recordWrittenAnswer', {
          id: based,
          expectedVersion: petition.version,
          documentRef: '20/UBND-KT',
          legalBasis: 'Một căn cứ gõ nhầm',
        }),
      );
      const { answers } = await detail(based);
      expect(answers).toMatchObject([
        { documentRef: '20/UBND-KT', legalBasis: 'Luật Đất đai 2024, Điều 137' },
      ]);
    });

    it('refuses an empty legal basis under its field', async () => {
      const office = await api.as('government-office');
      const refused = await office.mutate('petitions.recordWrittenAnswer', {
        id: forwarded,
        expectedVersion: 1,
        documentRef: '1/UBND',
        legalBasis: '  ',
      });
      expect(refused.status).toBe(400);
      expect(refused.error?.data.fieldErrors?.['legalBasis']?.[0]).toMatch(/Căn cứ pháp lý/u);
    });
  },
);
