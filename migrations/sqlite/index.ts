import * as migration_20261122_170029_initial from './20261122_170029_initial';
import * as migration_20261123_022214_sign_in_throttles from './20261123_022214_sign_in_throttles';
import * as migration_20261123_030701_integrity from './20261123_030701_integrity';
import * as migration_20261123_033139_public_site from './20261123_033139_public_site';
import * as migration_20261123_071800_workbench_journeys from './20261123_071800_workbench_journeys';
import * as migration_20261123_105211_after_all from './20261123_105211_after_all';
import * as migration_20261123_161158_list_search_indexes from './20261123_161158_list_search_indexes';
import * as migration_20261123_162106_params3 from './20261123_162106_params3';
import * as migration_20261123_162107_params3_data from './20261123_162107_params3_data';

export const migrations = [
  {
    up: migration_20261122_170029_initial.up,
    down: migration_20261122_170029_initial.down,
    name: '20261122_170029_initial',
  },
  {
    up: migration_20261123_022214_sign_in_throttles.up,
    down: migration_20261123_022214_sign_in_throttles.down,
    name: '20261123_022214_sign_in_throttles',
  },
  {
    up: migration_20261123_030701_integrity.up,
    down: migration_20261123_030701_integrity.down,
    name: '20261123_030701_integrity',
  },
  {
    up: migration_20261123_033139_public_site.up,
    down: migration_20261123_033139_public_site.down,
    name: '20261123_033139_public_site',
  },
  {
    up: migration_20261123_071800_workbench_journeys.up,
    down: migration_20261123_071800_workbench_journeys.down,
    name: '20261123_071800_workbench_journeys',
  },
  {
    up: migration_20261123_105211_after_all.up,
    down: migration_20261123_105211_after_all.down,
    name: '20261123_105211_after_all',
  },
  {
    up: migration_20261123_161158_list_search_indexes.up,
    down: migration_20261123_161158_list_search_indexes.down,
    name: '20261123_161158_list_search_indexes',
  },
  {
    up: migration_20261123_162106_params3.up,
    down: migration_20261123_162106_params3.down,
    name: '20261123_162106_params3',
  },
  {
    up: migration_20261123_162107_params3_data.up,
    down: migration_20261123_162107_params3_data.down,
    name: '20261123_162107_params3_data'
  },
];
