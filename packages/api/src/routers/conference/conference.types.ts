import {
  AgendaItemSchema,
  AttendanceSchema,
  ConferenceOutcomeSchema,
  ExpectedVersionOrNewSchema,
  ExpectedVersionSchema,
  IdSchema,
} from '@doithoai/domain';
import { z } from 'zod';

// API input schemas for `conference.*`; the content schemas are the domain's.

export const ConferenceKeySchema = z.object({ planId: IdSchema });

/** 0 while the conference has never been saved (the first save creates it). */
const ConferenceVersionSchema = ExpectedVersionOrNewSchema;

export const SaveMinutesRequestSchema = z.object({
  planId: IdSchema,
  expectedVersion: ConferenceVersionSchema,
  minutes: z
    .string({ error: 'Biên bản phải là văn bản.' })
    .max(200000, 'Biên bản không được dài quá 200000 ký tự.')
    .transform((text) => text.normalize('NFC')),
});

export const SaveAttendanceRequestSchema = z.object({
  planId: IdSchema,
  expectedVersion: ConferenceVersionSchema,
  attendance: z.array(AttendanceSchema).max(500, 'Tối đa 500 thành phần tham dự.'),
});

export const SaveAgendaRequestSchema = z.object({
  planId: IdSchema,
  expectedVersion: ConferenceVersionSchema,
  agenda: z.array(AgendaItemSchema).min(1, 'Chương trình phải có ít nhất một nội dung.').max(50),
});

/** The outcome of one petition (the domain's schema, checked again with its rules in the procedure). */
export const RecordOutcomeRequestSchema = z.object({
  ...ConferenceOutcomeSchema.shape,
  expectedVersion: ExpectedVersionSchema,
});
