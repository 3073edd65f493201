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
  vietnamMorning,
} from '../follow-up/follow-up.test-support.js';
import { refusal } from '../../refusal.test-support.js';

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
      (await api.as('government-office')).petitions.get.query({ id });

    it('keeps the legal basis of the competent level’s reply to a forwarded petition', async () => {
      const office = await api.as('government-office');
      const { petition } = await detail(forwarded);
      await office.petitions.recordWrittenAnswer.mutate({
        id: forwarded,
        expectedVersion: petition.version,
        documentRef: '412/STNMT-QLĐĐ',
        sentOn: '2026-01-12',
        content: 'Sở Nông nghiệp và Môi trường trả lời về bồi thường khi nâng cấp đường tỉnh 254.',
        legalBasis: 'Luật Đất đai 2024, Điều 91',
      });
      const { answers } = await detail(forwarded);
      expect(answers).toMatchObject([
        { documentRef: '412/STNMT-QLĐĐ', legalBasis: 'Luật Đất đai 2024, Điều 91' },
      ]);
    });

    it('fills the legal basis an approved draft lacks', async () => {
      const department = await api.as('department');
      let { petition } = await detail(drafted);
      await department.petitions.draftAnswer.mutate({
        id: drafted,
        expectedVersion: petition.version,
        content: 'Công an xã đã bố trí tổ tuần tra ban đêm trên tuyến đường liên thôn.',
      });
      ({ petition } = await detail(drafted));
      const chair = await api.as('commune-chair');
      await chair.petitions.approveAnswer.mutate({
        id: drafted,
        expectedVersion: petition.version,
      });
      ({ petition } = await detail(drafted));
      const office = await api.as('government-office');
      await office.petitions.recordWrittenAnswer.mutate({
        id: drafted,
        expectedVersion: petition.version,
        documentRef: '19/UBND-CA',
        legalBasis: 'Luật Công an nhân dân 2018',
      });
      const { answers } = await detail(drafted);
      expect(answers).toMatchObject([
        { documentRef: '19/UBND-CA', legalBasis: 'Luật Công an nhân dân 2018' },
      ]);
    });

    it('never replaces the legal basis the approved draft carries', async () => {
      const department = await api.as('department');
      let { petition } = await detail(based);
      await department.petitions.draftAnswer.mutate({
        id: based,
        expectedVersion: petition.version,
        content: 'Công chức địa chính đã đo đạc lại ranh giới thửa đất ngày 12/01/2026.',
        legalBasis: 'Luật Đất đai 2024, Điều 137',
      });
      ({ petition } = await detail(based));
      const chair = await api.as('commune-chair');
      await chair.petitions.approveAnswer.mutate({ id: based, expectedVersion: petition.version });
      ({ petition } = await detail(based));
      const office = await api.as('government-office');
      await office.petitions.recordWrittenAnswer.mutate({
        id: based,
        expectedVersion: petition.version,
        documentRef: '20/UBND-KT',
        legalBasis: 'Một căn cứ gõ nhầm',
      });
      const { answers } = await detail(based);
      expect(answers).toMatchObject([
        { documentRef: '20/UBND-KT', legalBasis: 'Luật Đất đai 2024, Điều 137' },
      ]);
    });

    it('refuses an empty legal basis under its field', async () => {
      const office = await api.as('government-office');
      const refused = await refusal(
        office.petitions.recordWrittenAnswer.mutate({
          id: forwarded,
          expectedVersion: 1,
          documentRef: '1/UBND',
          legalBasis: '  ',
        }),
      );
      expect(refused.httpStatus).toBe(400);
      expect(refused.fieldErrors?.['legalBasis']?.[0]).toMatch(/Căn cứ pháp lý/u);
    });
  },
);
