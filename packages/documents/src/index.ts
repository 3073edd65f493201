// Village list import (.xlsx / .csv) and its template (the Front app, issue 7).
export {
  parseVillageList,
  type ParsedVillageList,
  type VillageListFormat,
  type VillageListProblem,
  type VillageListRow,
} from './spreadsheets/village-list-import.js';
export {
  columnHeader as villageListColumnHeader,
  VILLAGE_LIST_COLUMNS,
  type VillageListColumnKey,
} from './spreadsheets/village-list-import.columns.js';
export {
  VILLAGE_LIST_TEMPLATE_NAME,
  villageListTemplate,
} from './spreadsheets/village-list-import.template.js';
