import * as migration_20261122_170042_initial from './20261122_170042_initial';
import * as migration_20261123_022248_sign_in_throttles from './20261123_022248_sign_in_throttles';
import * as migration_20261123_030706_integrity from './20261123_030706_integrity';
import * as migration_20261123_033231_public_site from './20261123_033231_public_site';
import * as migration_20261123_073007_workbench_journeys from './20261123_073007_workbench_journeys';
import * as migration_20261123_105149_after_trust_journeys_workbench_jobs_scale_params from './20261123_105149_after_trust_journeys_workbench_jobs_scale_params';
import * as migration_20261123_161208_list_search_indexes from './20261123_161208_list_search_indexes';
import * as migration_20261123_161932_spreadsheet_cleanup_task from './20261123_161932_spreadsheet_cleanup_task';
import * as migration_20261123_162147_params3 from './20261123_162147_params3';
import * as migration_20261123_162148_params3_data from './20261123_162148_params3_data';

export const migrations = [
  {
    up: migration_20261122_170042_initial.up,
    down: migration_20261122_170042_initial.down,
    name: '20261122_170042_initial',
  },
  {
    up: migration_20261123_022248_sign_in_throttles.up,
    down: migration_20261123_022248_sign_in_throttles.down,
    name: '20261123_022248_sign_in_throttles',
  },
  {
    up: migration_20261123_030706_integrity.up,
    down: migration_20261123_030706_integrity.down,
    name: '20261123_030706_integrity',
  },
  {
    up: migration_20261123_033231_public_site.up,
    down: migration_20261123_033231_public_site.down,
    name: '20261123_033231_public_site',
  },
  {
    up: migration_20261123_073007_workbench_journeys.up,
    down: migration_20261123_073007_workbench_journeys.down,
    name: '20261123_073007_workbench_journeys',
  },
  {
    up: migration_20261123_105149_after_trust_journeys_workbench_jobs_scale_params.up,
    down: migration_20261123_105149_after_trust_journeys_workbench_jobs_scale_params.down,
    name: '20261123_105149_after_trust_journeys_workbench_jobs_scale_params',
  },
  {
    up: migration_20261123_161208_list_search_indexes.up,
    down: migration_20261123_161208_list_search_indexes.down,
    name: '20261123_161208_list_search_indexes',
  },
  {
    up: migration_20261123_161932_spreadsheet_cleanup_task.up,
    down: migration_20261123_161932_spreadsheet_cleanup_task.down,
    name: '20261123_161932_spreadsheet_cleanup_task',
  },
  {
    up: migration_20261123_162147_params3.up,
    down: migration_20261123_162147_params3.down,
    name: '20261123_162147_params3',
  },
  {
    up: migration_20261123_162148_params3_data.up,
    down: migration_20261123_162148_params3_data.down,
    name: '20261123_162148_params3_data'
  },
];
