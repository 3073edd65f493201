// The commune's village and bodies that the browser tests' dialogues use, written with the db
// repositories before the server starts.
import { insertOrganisation, insertVillage } from '@doithoai/db';
import type { Prepare } from './harness.js';

/** The names the screens show. */
export const ORGANISATIONS = { police: 'Công an xã', land: 'Phòng Kinh tế xã' } as const;
export const VILLAGE_NAME = 'Bản Mỳ';

/** Their ids, known once `prepareCommune` has run. */
export const ids = { police: '', land: '', village: '' };

/**
 * Bản Mỳ, the commune police and the land department (Phòng Kinh tế xã).
 *
 * @example await startWorld({ accounts, clockStart, artifacts, prepare: prepareCommune });
 */
export const prepareCommune: Prepare = async (db, communeCode, at) => {
  ids.village = await insertVillage(
    db,
    { adminUnitCode: communeCode, name: VILLAGE_NAME, kind: 'ban' },
    at,
  );
  ids.police = await insertOrganisation(
    db,
    { adminUnitCode: communeCode, kind: 'police', name: ORGANISATIONS.police },
    at,
  );
  ids.land = await insertOrganisation(
    db,
    { adminUnitCode: communeCode, kind: 'department', name: ORGANISATIONS.land },
    at,
  );
};
