// Test helpers for other packages: `import { readDocx } from '@doithoai/documents/testing'`.
export { formatOf, paragraphsOf, readDocx, type DocxParagraph } from './read-docx.js';
export { readZip } from './read-zip.js';
export { SAMPLE_RECORDS, SON_TAY_HA_HELD, scheduleFor } from './fixtures.js';
export { heldPlan, SEED_KEYS, seedRecords } from './seed-records.js';
